package org.ecopetition.gateway.evidence;

import java.util.Optional;

/**
 * Where a photo's bytes are kept. {@link #IN_ROW}: in its PostgreSQL row (the default); otherwise an object store
 * under a key the row keeps. The calls block: they run on the photos' worker pool.
 */
interface PhotoStore {
  PhotoStore IN_ROW = new PhotoStore() {
    @Override
    public boolean inRow() {
      return true;
    }

    @Override
    public void put(String key, byte[] jpeg) {
      throw new UnsupportedOperationException("kept in the row");
    }

    @Override
    public Optional<byte[]> get(String key) {
      return Optional.empty();
    }

    @Override
    public void delete(String key) {
      // nothing outside the row
    }
  };

  boolean inRow();

  void put(String key, byte[] jpeg);

  Optional<byte[]> get(String key);

  void delete(String key);
}
