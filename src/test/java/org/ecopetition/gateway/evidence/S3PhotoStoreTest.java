package org.ecopetition.gateway.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.S3Stub;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPhotos;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §12: with {@code evidence.store: s3} the photos' bytes go to an S3-compatible store (here a local HTTP
 * server speaking S3's PUT, GET and DELETE and checking the SigV4 Authorization header's presence and shape); the
 * rows keep the object's key and no bytes; staff read the photos back through the store; a photo refused by the
 * limit leaves no object behind. PostgreSQL stays the default.
 */
class S3PhotoStoreTest {
  @Test
  void photosGoToTheObjectStoreAndComeBackFromIt() throws Exception {
    assertThat(ConfigLoader.load(null, Map.of()).evidence().store()).isEqualTo("postgres");
    try (S3Stub s3 = new S3Stub("AKIDTEST", "cn-north-1")) {
      String db = TestPostgres.freshDatabaseUrl();
      Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
      StaffClient.configure(env);
      env.put("GATEWAY_EVIDENCE_STORE", "s3");
      env.put("GATEWAY_EVIDENCE_S3_ENDPOINT", s3.endpoint());
      env.put("GATEWAY_EVIDENCE_S3_REGION", "cn-north-1");
      env.put("GATEWAY_EVIDENCE_S3_BUCKET", "evidence");
      env.put("GATEWAY_EVIDENCE_S3_ACCESS_KEY", "AKIDTEST");
      env.put("GATEWAY_EVIDENCE_S3_SECRET_KEY", "secret-of-the-test");
      Vertx vertx = Vertx.vertx();
      WebClient http = WebClient.create(vertx);
      try (Gateway g = TestGateway.start(env); ChatClient chat = ChatClient.connect(vertx, g.port())) {
        String token = chat.hello(null, "zh").getString("token");
        chat.drain(300);
        HttpResponse<Buffer> up = http.post(g.port(), "127.0.0.1", "/api/v1/photos?lang=zh")
            .putHeader("Content-Type", "image/jpeg").putHeader("Authorization", "Bearer " + token)
            .sendBuffer(Buffer.buffer(TestPhotos.jpegWithGps(64, 48))).await();
        assertThat(up.statusCode()).as(up.bodyAsString()).isEqualTo(201);
        assertThat(s3.objects).hasSize(1);
        assertThat(s3.objects.keySet().iterator().next()).startsWith("/evidence/photos/").endsWith(".jpg");
        assertThat(s3.seen).allMatch(S3Stub.Seen::signed);
        assertThat(s3.seen.get(0).method()).isEqualTo("PUT");
        assertThat(s3.seen.get(0).authorization()).matches(S3Stub.SIGV4);

        String receipt = WebChatFlowTestSupport.report(chat);
        Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
        Matcher c = WebChatFlowTestSupport.CODE.matcher(receipt);
        assertThat(n.find() && c.find()).as(receipt).isTrue();
        assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM evidence_photos WHERE bytes IS NULL "
            + "AND object_key IS NOT NULL")).intValue()).as("the row keeps the key, not the bytes").isEqualTo(1);

        // After the receipt, to the same store, up to 6; the seventh is refused and leaves no object.
        for (int i = 0; i < 6; i++) {
          HttpResponse<Buffer> r = http.post(g.port(), "127.0.0.1", "/api/v1/photos/cases/" + n.group(1) + "?lang=zh")
              .putHeader("Content-Type", "image/jpeg").putHeader("X-Query-Code", c.group(1))
              .sendBuffer(Buffer.buffer(TestPhotos.jpegWithGps(64, 48))).await();
          assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(i < 5 ? 201 : 409);
        }
        assertThat(s3.objects).hasSize(6);
        assertThat(s3.seen.stream().filter(x -> x.method().equals("DELETE")).count()).isEqualTo(1);

        StaffClient staff = new StaffClient(vertx, g);
        JsonArray listed = staff.get("/cases/" + n.group(1) + "/photos").bodyAsJsonObject().getJsonArray("photos");
        assertThat(listed).hasSize(6);
        HttpResponse<Buffer> img = staff.get(listed.getJsonObject(0).getString("href").substring("/api/v1/staff".length()));
        assertThat(img.statusCode()).isEqualTo(200);
        assertThat(img.getHeader("Content-Type")).isEqualTo("image/jpeg");
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(img.body().getBytes()));
        assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as("cleaned before it was stored").isNull();
        assertThat(s3.seen.stream().anyMatch(x -> x.method().equals("GET"))).isTrue();
        assertThat(s3.seen).allMatch(S3Stub.Seen::signed);
      } finally {
        vertx.close().await();
      }
    }
  }
}
