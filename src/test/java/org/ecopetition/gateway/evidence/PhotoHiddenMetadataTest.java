package org.ecopetition.gateway.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.ecopetition.gateway.support.TestPhotos;
import org.junit.jupiter.api.Test;

/**
 * Red team, whoever opens a stored photo (staff of a transferee, a copy that leaves): the cleaner removed the EXIF, XMP
 * and IPTC blocks by name, and kept every other block as the camera or the phone wrote it — a comment (COM), an
 * application block (APPn) of a maker or an editing app, and whatever follows the picture's end (a phone's second
 * image with its own EXIF and GPS, a motion photo, a maker's trailer). The stored JPEG now keeps only what draws the
 * picture.
 */
class PhotoHiddenMetadataTest {
  static final String PHONE = "13761824095";

  /** {@code jpeg} with a block of {@code marker} holding {@code payload} put right after its start. */
  static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(marker);
    int len = payload.length + 2;
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.write(payload, 0, payload.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String kept(byte[] camera) throws Exception {
    PhotoCleaner.Result r = PhotoCleaner.clean(camera);
    assertThat(r).isInstanceOf(PhotoCleaner.Clean.class);
    byte[] stored = ((PhotoCleaner.Clean) r).jpeg();
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(back.getWidth()).isEqualTo(64);
    return new String(stored, StandardCharsets.ISO_8859_1);
  }

  static String latin(String s) {
    return new String(utf8(s), StandardCharsets.ISO_8859_1);
  }

  @Test
  void noBlockButThePicturesOwnIsKept() throws Exception {
    byte[] base = TestPhotos.picture("jpg", 64, 48);
    // A comment an app wrote (the owner's name and number).
    assertThat(kept(withSegment(base, 0xFE, utf8("甄慧敏 " + PHONE)))).doesNotContain(latin("甄慧敏"), PHONE);
    // A maker's application block (APP4, APP11, APP12 "Ducky", APP15) with the phone's owner and model.
    for (int app : new int[] {0xE4, 0xEB, 0xEC, 0xEF}) {
      assertThat(kept(withSegment(base, app, utf8("Owner 甄慧敏 tel " + PHONE + " Model HUAWEI P60"))))
          .as("APP%d", app - 0xE0).doesNotContain(PHONE, "HUAWEI");
    }
    // A second image after the end of the first (a phone's depth map or preview), with its own EXIF and GPS.
    String trailer = kept(concat(base, TestPhotos.jpegWithGps(16, 12)));
    assertThat(trailer).doesNotContain("Exif");
    // A maker's trailer after the end (Samsung's SEFT, a motion photo's video box): text and numbers.
    assertThat(kept(concat(base, utf8("Image_UTC_Data1700000000000 Owner " + PHONE + " SEFT"))))
        .doesNotContain(PHONE, "SEFT");
    // EXIF with GPS as the camera writes it: gone as before.
    assertThat(kept(TestPhotos.jpegWithGps(64, 48))).doesNotContain("Exif");
  }

  /** A progressive JPEG (several scans with tables between them) keeps every scan: the picture decodes the same. */
  @Test
  void aProgressivePictureIsKeptWhole() throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(TestPhotos.picture("png", 64, 48)));
    javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
    p.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(null, new javax.imageio.IIOImage(img, null, null), p);
    }
    byte[] progressive = withSegment(out.toByteArray(), 0xFE, utf8("Owner " + PHONE));
    byte[] stored = ((PhotoCleaner.Clean) PhotoCleaner.clean(progressive)).jpeg();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(PHONE);
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(stored));
    for (int y = 0; y < 48; y += 7) {
      for (int x = 0; x < 64; x += 5) {
        assertThat(b.getRGB(x, y)).isEqualTo(a.getRGB(x, y));
      }
    }
  }
}
