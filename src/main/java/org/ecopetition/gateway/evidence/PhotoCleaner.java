package org.ecopetition.gateway.evidence;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.ImageInfo;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * What is kept of an uploaded photo: a JPEG without its EXIF (place, time, camera), XMP and IPTC blocks, removed
 * losslessly with Apache Commons Imaging; a PNG is redrawn as a JPEG (which keeps none of its text chunks). WebP
 * and HEIC are converted by the page before upload; sent directly they are refused. Pure: no I/O but memory.
 */
final class PhotoCleaner {
  /** The largest upload accepted (10 MB). */
  static final int MAX_BYTES = 10 * 1024 * 1024;
  /** Pixels a stored photo may have (the page caps its own at 4 MP; 40 MP refuses decompression bombs). */
  static final long MAX_PIXELS = 40_000_000L;

  /** A cleaned photo, or why the upload is refused. */
  sealed interface Result permits Clean, Refused {}

  record Clean(byte[] jpeg, int width, int height) implements Result {}

  record Refused(Reason reason) implements Result {}

  enum Reason { EMPTY, TOO_LARGE, TYPE, UNREADABLE }

  private PhotoCleaner() {}

  static Result clean(byte[] in) {
    if (in == null || in.length == 0) {
      return new Refused(Reason.EMPTY);
    }
    if (in.length > MAX_BYTES) {
      return new Refused(Reason.TOO_LARGE);
    }
    boolean jpeg = in.length > 3 && (in[0] & 0xff) == 0xFF && (in[1] & 0xff) == 0xD8 && (in[2] & 0xff) == 0xFF;
    boolean png = in.length > 8 && (in[0] & 0xff) == 0x89 && in[1] == 'P' && in[2] == 'N' && in[3] == 'G';
    if (!jpeg && !png) {
      return new Refused(Reason.TYPE);
    }
    try {
      ImageInfo info = Imaging.getImageInfo(in);
      if (info.getFormat() != (jpeg ? ImageFormats.JPEG : ImageFormats.PNG)) {
        return new Refused(Reason.TYPE);
      }
      if ((long) info.getWidth() * info.getHeight() > MAX_PIXELS || info.getWidth() < 1 || info.getHeight() < 1) {
        return new Refused(Reason.UNREADABLE);
      }
      byte[] out = jpeg ? stripJpeg(in) : redraw(in);
      Dimension d = Imaging.getImageSize(out);
      // The stored copy must decode: a truncated or forged file is refused, not kept.
      BufferedImage check = ImageIO.read(new ByteArrayInputStream(out));
      if (check == null) {
        return new Refused(Reason.UNREADABLE);
      }
      return new Clean(out, d.width, d.height);
    } catch (IOException | RuntimeException e) {
      return new Refused(Reason.UNREADABLE);
    }
  }

  private static byte[] stripJpeg(byte[] in) throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream(in.length);
    new ExifRewriter().removeExifMetadata(in, a);
    ByteArrayOutputStream b = new ByteArrayOutputStream(in.length);
    new JpegXmpRewriter().removeXmpXml(a.toByteArray(), b);
    ByteArrayOutputStream c = new ByteArrayOutputStream(in.length);
    new JpegIptcRewriter().removeIptc(b.toByteArray(), c);
    return c.toByteArray();
  }

  private static byte[] redraw(byte[] in) throws IOException {
    BufferedImage src = ImageIO.read(new ByteArrayInputStream(in));
    if (src == null) {
      throw new IOException("not an image");
    }
    BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = rgb.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, src.getWidth(), src.getHeight());
      g.drawImage(src, 0, 0, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(rgb, "jpg", out)) {
      throw new IOException("no JPEG writer");
    }
    return out.toByteArray();
  }
}
