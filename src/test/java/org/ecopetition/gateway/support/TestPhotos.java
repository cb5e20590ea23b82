package org.ecopetition.gateway.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos as phone cameras write them, made for the tests (issue 13 §12). */
public final class TestPhotos {
  public static final double LAT = 23.129163;
  public static final double LON = 113.264435;

  private TestPhotos() {}

  /** A picture of that size in that ImageIO format ("jpg", "png"). */
  public static byte[] picture(String format, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(new Color(40, 90, 60));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 6, height / 5, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalArgumentException("no writer for " + format);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A JPEG with the place it was taken in its EXIF (GPS at {@link #LAT}, {@link #LON}). */
  public static byte[] jpegWithGps(int width, int height) {
    try {
      TiffOutputSet exif = new TiffOutputSet();
      exif.setGpsInDegrees(LON, LAT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ExifRewriter().updateExifMetadataLossless(picture("jpg", width, height), out, exif);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
