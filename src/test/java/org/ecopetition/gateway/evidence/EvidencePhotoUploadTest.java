package org.ecopetition.gateway.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import javax.imageio.ImageIO;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.ecopetition.gateway.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 §12 over real HTTP and PostgreSQL: a photo carrying EXIF GPS is sent with a report and the copy kept with
 * the case has no GPS, no EXIF and no XMP (read back through the staff route with metadata-extractor, a second
 * library); a PNG is kept as a JPEG; bad uploads get 4xx with the reason in the petitioner's language and change
 * nothing; at most 6; the photos go with the case the report registers, and its public status says how many.
 */
class EvidencePhotoUploadTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, StaffClient::configure);

  static final double LAT = TestPhotos.LAT;

  static byte[] picture(String format) {
    return TestPhotos.picture(format, 64, 48);
  }

  static byte[] jpegWithGps() {
    return TestPhotos.jpegWithGps(64, 48);
  }

  static HttpResponse<Buffer> upload(WebClient http, String token, byte[] body, String type) {
    var req = http.post(GW.gateway().port(), "127.0.0.1", "/api/v1/photos?lang=zh").putHeader("Content-Type", type);
    if (token != null) {
      req.putHeader("Authorization", "Bearer " + token);
    }
    return req.sendBuffer(Buffer.buffer(body)).await();
  }

  static void refused(HttpResponse<Buffer> r, int status, String code, String says) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
    JsonObject e = r.bodyAsJsonObject().getJsonObject("error");
    assertThat(e.getString("code")).isEqualTo(code);
    assertThat(e.getString("message")).contains(says);
  }

  @Test
  void aPhotoWithGpsIsKeptWithTheCaseWithoutIt() throws Exception {
    Vertx vertx = Vertx.vertx();
    WebClient http = WebClient.create(vertx);
    byte[] camera = jpegWithGps();
    GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(camera))
        .getFirstDirectoryOfType(GpsDirectory.class);
    assertThat(gps).as("the test photo carries GPS").isNotNull();
    assertThat(gps.getGeoLocation().getLatitude()).isCloseTo(LAT, org.assertj.core.data.Offset.offset(1e-4));

    try (ChatClient chat = ChatClient.connect(vertx, GW.gateway().port())) {
      String token = chat.hello(null, "zh").getString("token");
      chat.drain(300);

      // Bad uploads: refused with the reason, nothing stored.
      refused(upload(http, null, camera, "image/jpeg"), 404, "unknown_conversation", "会话");
      refused(upload(http, token, new byte[0], "image/jpeg"), 400, "photo_empty", "没有收到照片");
      refused(upload(http, token, "GIF89a not a photo".getBytes(), "image/gif"), 415, "photo_type", "JPEG 或 PNG");
      byte[] broken = java.util.Arrays.copyOf(camera, camera.length / 3);
      refused(upload(http, token, broken, "image/jpeg"), 400, "photo_unreadable", "无法读取");
      refused(upload(http, token, new byte[10 * 1024 * 1024 + 1], "image/jpeg"), 413, "photo_too_large", "10 MB");
      HttpResponse<Buffer> none = http.get(GW.gateway().port(), "127.0.0.1", "/api/v1/photos")
          .putHeader("Authorization", "Bearer " + token).send().await();
      assertThat(none.bodyAsJsonObject().getInteger("count")).isZero();

      // Six photos: the camera's JPEG, a PNG, and four more; the seventh is refused.
      HttpResponse<Buffer> first = upload(http, token, camera, "image/jpeg");
      assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
      assertThat(first.bodyAsJsonObject().getInteger("count")).isEqualTo(1);
      assertThat(upload(http, token, picture("png"), "image/png").statusCode()).isEqualTo(201);
      for (int i = 0; i < 4; i++) {
        assertThat(upload(http, token, camera, "image/jpeg").statusCode()).isEqualTo(201);
      }
      refused(upload(http, token, camera, "image/jpeg"), 409, "too_many_photos", "最多附 6 张");

      // The report: the photos go with its case.
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).as(receipt).isTrue();
      HttpResponse<Buffer> after = http.get(GW.gateway().port(), "127.0.0.1", "/api/v1/photos")
          .putHeader("Authorization", "Bearer " + token).send().await();
      assertThat(after.bodyAsJsonObject().getInteger("count")).as("nothing waits for the next report").isZero();

      JsonArray listed = GW.staff().get("/cases/" + n.group(1) + "/photos").bodyAsJsonObject().getJsonArray("photos");
      assertThat(listed).hasSize(6);
      for (int i = 0; i < listed.size(); i++) {
        JsonObject p = listed.getJsonObject(i);
        assertThat(p.getString("contentType")).isEqualTo("image/jpeg");
        HttpResponse<Buffer> img = GW.staff().get(p.getString("href").substring("/api/v1/staff".length()));
        assertThat(img.statusCode()).isEqualTo(200);
        assertThat(img.getHeader("Content-Type")).isEqualTo("image/jpeg");
        byte[] stored = img.body().getBytes();
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as("photo %d keeps no GPS", i).isNull();
        assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("photo %d keeps no EXIF", i).isNull();
        assertThat(m.getFirstDirectoryOfType(XmpDirectory.class)).as("photo %d keeps no XMP", i).isNull();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(back.getWidth()).isEqualTo(64);
        assertThat(back.getHeight()).isEqualTo(48);
      }

      // Art 42: each look was recorded.
      assertThat(((Number) org.ecopetition.gateway.support.TestPostgres.value(GW.db(),
          "SELECT count(*) FROM access_log WHERE what LIKE 'photo %' AND actor = 'staff:wang'")).intValue()).isEqualTo(6);

      // The public status says how many, nothing more.
      HttpResponse<Buffer> status = http.get(GW.gateway().port(), "127.0.0.1",
          "/api/v1/cases/" + n.group(1) + "/status").putHeader("X-Query-Code", c.group(1)).send().await();
      assertThat(status.bodyAsJsonObject().getInteger("photos")).isEqualTo(6);
    } finally {
      vertx.close().await();
    }
  }

  static HttpResponse<Buffer> addLater(WebClient http, String number, String code, byte[] body) {
    var req = http.post(GW.gateway().port(), "127.0.0.1", "/api/v1/photos/cases/" + number + "?lang=zh")
        .putHeader("Content-Type", "image/jpeg");
    if (code != null) {
      req.putHeader("X-Query-Code", code);
    }
    return req.sendBuffer(Buffer.buffer(body)).await();
  }

  /**
   * After the receipt, from the status page: with the case number and query code a petitioner adds photos to the
   * case up to its 6, cleaned as at intake, each recorded in the case history; a wrong code is the status query's
   * 404 (and counts towards its bounds), a bad photo is refused with its reason, the seventh is refused.
   */
  @Test
  void photosAreAddedAfterTheReceiptWithTheQueryCodeUpToSix() throws Exception {
    Vertx vertx = Vertx.vertx();
    WebClient http = WebClient.create(vertx);
    try (ChatClient chat = ChatClient.connect(vertx, GW.gateway().port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
      assertThat(n.find() && c.find()).as(receipt).isTrue();
      String number = n.group(1);
      String code = c.group(1);
      String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);

      refused(addLater(http, number, wrong, jpegWithGps()), 404, "not_found", "");
      refused(addLater(http, number, null, jpegWithGps()), 404, "not_found", "");
      refused(addLater(http, "HB2099010100001", code, jpegWithGps()), 404, "not_found", "");
      refused(addLater(http, number, code, new byte[0]), 400, "photo_empty", "没有收到照片");
      refused(addLater(http, number, code, "GIF89a not a photo".getBytes()), 415, "photo_type", "JPEG 或 PNG");
      assertThat(((Number) org.ecopetition.gateway.support.TestPostgres.value(GW.db(),
          "SELECT count(*) FROM evidence_photos p JOIN cases c ON c.id = p.case_id WHERE c.case_number = '" + number
              + "'")).intValue()).as("nothing stored by a refusal").isZero();

      for (int i = 1; i <= 6; i++) {
        HttpResponse<Buffer> r = addLater(http, number, code, i % 2 == 0 ? picture("png") : jpegWithGps());
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
        assertThat(r.bodyAsJsonObject().getInteger("count")).isEqualTo(i);
      }
      refused(addLater(http, number, code, jpegWithGps()), 409, "too_many_photos", "最多附 6 张");

      JsonArray listed = GW.staff().get("/cases/" + number + "/photos").bodyAsJsonObject().getJsonArray("photos");
      assertThat(listed).hasSize(6);
      byte[] stored = GW.staff().get(listed.getJsonObject(0).getString("href").substring("/api/v1/staff".length()))
          .body().getBytes();
      Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
      assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as("no GPS after the receipt either").isNull();
      assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
      assertThat(((Number) org.ecopetition.gateway.support.TestPostgres.value(GW.db(),
          "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.case_number = '" + number
              + "' AND e.kind = 'photo_added' AND e.actor = 'petitioner:status'")).intValue())
          .as("each addition is in the case history").isEqualTo(6);
      HttpResponse<Buffer> status = http.get(GW.gateway().port(), "127.0.0.1", "/api/v1/cases/" + number + "/status")
          .putHeader("X-Query-Code", code).send().await();
      assertThat(status.bodyAsJsonObject().getInteger("photos")).isEqualTo(6);
    } finally {
      vertx.close().await();
    }
  }
}
