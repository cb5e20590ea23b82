package org.ecopetition.gateway.evidence;

import java.net.URI;
import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Photos in an S3-compatible object store (evidence.store: s3), through the AWS SDK (SigV4). Checksums only where
 * S3 requires them: MinIO, Ceph and other stores do not all take the SDK's newer trailing checksums.
 */
final class S3PhotoStore implements PhotoStore {
  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3PhotoStore(GatewayConfig.S3 c) {
    var b = S3Client.builder().region(Region.of(c.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKey(), c.secretKey())))
        .forcePathStyle(c.pathStyle()).httpClient(UrlConnectionHttpClient.create())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (c.endpoint() != null && !c.endpoint().isBlank()) {
      b.endpointOverride(URI.create(c.endpoint().strip()));
    }
    this.s3 = b.build();
    this.bucket = c.bucket();
    this.prefix = c.prefix() == null ? "" : c.prefix();
  }

  @Override
  public boolean inRow() {
    return false;
  }

  @Override
  public void put(String key, byte[] jpeg) {
    s3.putObject(PutObjectRequest.builder().bucket(bucket).key(prefix + key).contentType("image/jpeg").build(),
        RequestBody.fromBytes(jpeg));
  }

  @Override
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build())
          .asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) {
    s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + key).build());
  }
}
