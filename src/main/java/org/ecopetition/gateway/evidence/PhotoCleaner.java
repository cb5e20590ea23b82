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

  /**
   * The JPEG with only the blocks that draw the picture: tables, frame, scans, restart interval, the JFIF header
   * (without its thumbnail: a cropped photo's thumbnail is the uncropped one), the colour profile and Adobe's colour
   * transform. Everything else goes — EXIF, XMP and IPTC, and also a comment (COM), any maker's or app's block (APPn)
   * and whatever follows the picture's end (a second image with its own EXIF and GPS, a motion photo, a maker's
   * trailer): removing blocks by name left the ones nobody named. Lossless: the scans are copied as they are.
   */
  static byte[] stripJpeg(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(0xFF);
    out.write(0xD8);
    int i = 2;
    while (i < in.length) {
      // Stray bytes before a marker are skipped, as decoders skip them.
      while (i < in.length && (in[i] & 0xFF) != 0xFF) {
        i++;
      }
      while (i < in.length && (in[i] & 0xFF) == 0xFF) {
        i++;
      }
      if (i >= in.length) {
        break;
      }
      int m = in[i++] & 0xFF;
      if (m == 0xD9) {
        out.write(0xFF);
        out.write(0xD9);
        break;
      }
      if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
        continue;
      }
      if (i + 2 > in.length) {
        throw new IOException("truncated block");
      }
      int len = ((in[i] & 0xFF) << 8) | (in[i + 1] & 0xFF);
      if (len < 2 || i + len > in.length) {
        throw new IOException("truncated block");
      }
      int start = i + 2;
      int end = i + len;
      if (m == 0xE0 && startsWith(in, start, end, "JFIF\0") && len >= 16) {
        // The JFIF header with no thumbnail.
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16});
        out.write(in, start, 12);
        out.write(0);
        out.write(0);
      } else if (picture(m) || (m == 0xE2 && startsWith(in, start, end, "ICC_PROFILE\0"))
          || (m == 0xEE && startsWith(in, start, end, "Adobe"))) {
        out.write(0xFF);
        out.write(m);
        out.write(in, i, len);
      }
      i = end;
      if (m == 0xDA) {
        // The scan's data: up to the next marker that is not a stuffed byte or a restart.
        int from = i;
        while (i < in.length) {
          if ((in[i] & 0xFF) != 0xFF) {
            i++;
          } else if (i + 1 < in.length && ((in[i + 1] & 0xFF) == 0 || ((in[i + 1] & 0xFF) >= 0xD0 && (in[i + 1] & 0xFF) <= 0xD7))) {
            i += 2;
          } else {
            break;
          }
        }
        out.write(in, from, Math.min(i, in.length) - from);
      }
    }
    return out.toByteArray();
  }

  /** The markers that make the picture: frames (SOFn), Huffman and arithmetic tables, quantisation, restart, scan. */
  private static boolean picture(int m) {
    return (m >= 0xC0 && m <= 0xCF && m != 0xC8) || m == 0xDB || m == 0xDD || m == 0xDA;
  }

  private static boolean startsWith(byte[] in, int start, int end, String id) {
    byte[] b = id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (end - start < b.length) {
      return false;
    }
    for (int k = 0; k < b.length; k++) {
      if (in[start + k] != b[k]) {
        return false;
      }
    }
    return true;
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
