package org.ecopetition.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopetition.gateway.nlp.Division;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.tsv.Tsv;

/**
 * Every eco-environment department, generated from the gazetteer with the real shapes: 生态环境部; each
 * province's 生态环境厅; the four municipalities' provincial-level 生态环境局 with district bureaus of the
 * district governments; each city's 生态环境局 with its county branches (分局, after the vertical-management
 * reform); counties governed directly by a province with a bureau under the province; cities without
 * counties (东莞, 中山, 儋州, 嘉峪关) with no county level. Immutable.
 */
public final class DepartmentDirectory {
  private final Map<String, Department> byCode = new HashMap<>();
  private final Gazetteer gazetteer;

  private DepartmentDirectory(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Built from the gazetteer and the overrides packed in the jar (nlp-models/departments/overrides.tsv). */
  public static DepartmentDirectory bundled(Gazetteer gazetteer) {
    try (InputStream in = DepartmentDirectory.class.getResourceAsStream("/nlp-models/departments/overrides.tsv")) {
      return build(gazetteer, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DepartmentDirectory build(Gazetteer gazetteer, InputStream overrides) throws IOException {
    DepartmentDirectory dir = new DepartmentDirectory(gazetteer);
    dir.put(new Department(Department.MINISTRY, Department.Level.NATIONAL, "生态环境部", null, null, null, null, null));
    List<Division> all = gazetteer.divisionsAboveTowns();
    for (Division d : all) {
      if (d.level() == Division.Level.PROVINCE) {
        String name = Gazetteer.municipality(d.code()) ? d.name() + "生态环境局" : d.name() + "生态环境厅";
        dir.put(new Department(d.code(), Department.Level.PROVINCE, name, Department.MINISTRY, null, null, null, null));
      }
    }
    for (Division d : all) {
      if (d.level() == Division.Level.CITY && !Gazetteer.placeholderCity(d)) {
        dir.put(new Department(d.code(), Department.Level.CITY, d.name() + "生态环境局", d.parentCode(), null, null,
            null, null));
      }
    }
    for (Division d : all) {
      if (d.level() != Division.Level.COUNTY) {
        continue;
      }
      Division city = gazetteer.division(d.parentCode()).orElseThrow();
      Division province = Gazetteer.placeholderCity(city) ? gazetteer.division(city.parentCode()).orElseThrow() : null;
      if (!Gazetteer.placeholderCity(city) && city.name().equals(d.name())) {
        continue; // a city without counties: its own bureau serves the whole city
      }
      if (province != null && Gazetteer.municipality(province.code())) {
        // Districts and counties of a municipality: a bureau of the district government.
        dir.put(new Department(d.code(), Department.Level.COUNTY, province.name() + d.name() + "生态环境局",
            province.code(), null, null, null, null));
      } else if (province != null) {
        // Governed directly by the province: no city above.
        dir.put(new Department(d.code(), Department.Level.COUNTY, d.name() + "生态环境局", province.code(), null,
            null, null, null));
      } else {
        dir.put(new Department(d.code(), Department.Level.COUNTY, city.name() + "生态环境局" + d.name() + "分局",
            city.code(), null, null, null, null));
      }
    }
    if (overrides != null) {
      dir.applyOverrides(overrides);
    }
    return dir;
  }

  private void put(Department d) {
    byCode.put(d.code(), d);
  }

  /** Official names, addresses, phones and hours: code, official name, address, phone, hours (TSV). */
  private void applyOverrides(InputStream in) throws IOException {
    for (Tsv.Row row : Tsv.read(in)) {
      String[] f = row.fields();
      String code = f[0].equals("-") ? Department.MINISTRY : f[0];
      Department d = byCode.get(code);
      if (d == null) {
        throw new IOException("departments overrides line " + row.line() + ": no department serves division " + f[0]);
      }
      put(d.withOverride(row.at(1), row.at(2), row.at(3), row.at(4)));
    }
  }

  public Optional<Department> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Department ministry() {
    return byCode.get(Department.MINISTRY);
  }

  public Optional<Department> parent(Department d) {
    return d.parentCode() == null ? Optional.empty() : byCode(d.parentCode());
  }

  public Collection<Department> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * The lowest department with power over a place (属地管理): the county-level one where there is one, the
   * city bureau for a city without counties or when only the city is known, the province's for a province.
   */
  public Optional<Department> competentFor(Place p) {
    if (p == null || p.ambiguous() || p.code() == null) {
      return Optional.empty();
    }
    Optional<Division> d = gazetteer.division(p.code());
    while (d.isPresent()) {
      Department dept = byCode.get(d.get().code());
      if (dept != null) {
        return Optional.of(dept);
      }
      d = gazetteer.parentOf(d.get());
    }
    return Optional.empty();
  }

  /** Every department from this one up to the ministry, itself first. */
  public List<Department> chain(Department d) {
    List<Department> out = new ArrayList<>();
    for (Optional<Department> x = Optional.of(d); x.isPresent(); x = parent(x.get())) {
      out.add(x.get());
    }
    return out;
  }

  /** Whether {@code lower} is {@code upper} or below it. */
  public boolean within(Department lower, Department upper) {
    return chain(lower).stream().anyMatch(x -> x.code().equals(upper.code()));
  }
}
