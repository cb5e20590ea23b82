package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.nlp.Division;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;
import org.junit.jupiter.api.Test;

/** Properties over the whole gazetteer, and the real shapes of the departments. */
class DepartmentDirectoryTest {
  static final Gazetteer G = Gazetteer.bundled();
  static final DepartmentDirectory DIR = DepartmentDirectory.bundled(G);

  static Place placeOf(Division d) {
    List<Division> chain = new ArrayList<>();
    for (Optional<Division> x = Optional.of(d); x.isPresent(); x = G.parentOf(x.get())) {
      chain.add(0, x.get());
    }
    StringBuilder name = new StringBuilder();
    chain.forEach(x -> {
      if (!Gazetteer.placeholderCity(x)) {
        name.append(x.name());
      }
    });
    return G.resolve(name.toString()).orElseThrow(() -> new AssertionError("unresolved " + name));
  }

  static String provinceCode(String code) {
    return code.substring(0, 2);
  }

  @Test
  void everyCountyLevelPlaceRoutesToExactlyOneDepartmentInItsOwnProvince() {
    int counties = 0;
    for (Division d : G.divisionsAboveTowns()) {
      if (d.level() != Division.Level.COUNTY) {
        continue;
      }
      counties++;
      Place p = placeOf(d);
      Optional<Department> dept = DIR.competentFor(p);
      assertThat(dept).as(d.name() + " " + d.code()).isPresent();
      assertThat(dept.get().level()).isIn(Department.Level.COUNTY, Department.Level.CITY);
      assertThat(provinceCode(dept.get().code())).as(d.name()).isEqualTo(provinceCode(d.code()));
      long serving = DIR.all().stream().filter(x -> x.code().equals(d.code())).count();
      assertThat(serving).isLessThanOrEqualTo(1);
    }
    assertThat(counties).isEqualTo(2978);
  }

  @Test
  void everyDepartmentsParentIsTheNearestRealDepartmentAbove() {
    for (Department d : DIR.all()) {
      if (d.level() == Department.Level.NATIONAL) {
        assertThat(d.parentCode()).isNull();
        continue;
      }
      Department parent = DIR.parent(d).orElseThrow(() -> new AssertionError("no parent: " + d));
      assertThat(parent.level().ordinal()).as(d.name()).isLessThan(d.level().ordinal());
      // Walking up the divisions from d, the first one with a department is the parent's.
      Division div = G.division(d.code()).orElseThrow();
      Optional<Division> up = G.parentOf(div);
      String nearest = Department.MINISTRY;
      while (up.isPresent()) {
        if (DIR.byCode(up.get().code()).isPresent()) {
          nearest = up.get().code();
          break;
        }
        up = G.parentOf(up.get());
      }
      assertThat(parent.code()).as(d.name()).isEqualTo(nearest);
    }
  }

  @Test
  void theRealShapes() {
    assertThat(DIR.ministry().name()).isEqualTo("生态环境部");
    assertThat(DIR.ministry().printableName()).contains("中华人民共和国生态环境部");
    assertThat(DIR.byCode("32").orElseThrow().name()).isEqualTo("江苏省生态环境厅");
    assertThat(DIR.byCode("11").orElseThrow().name()).isEqualTo("北京市生态环境局");
    assertThat(DIR.byCode("11").orElseThrow().level()).isEqualTo(Department.Level.PROVINCE);
    Department chaoyang = DIR.byCode("110105").orElseThrow();
    assertThat(chaoyang.name()).isEqualTo("北京市朝阳区生态环境局");
    assertThat(chaoyang.parentCode()).isEqualTo("11");
    Department jiangning = DIR.byCode("320115").orElseThrow();
    assertThat(jiangning.name()).isEqualTo("南京市生态环境局江宁区分局");
    assertThat(jiangning.parentCode()).isEqualTo("3201");
    Department xiantao = DIR.competentFor(G.resolve("湖北省仙桃市").orElseThrow()).orElseThrow();
    assertThat(xiantao.name()).isEqualTo("仙桃市生态环境局");
    assertThat(xiantao.parentCode()).isEqualTo("42");
    for (String city : List.of("东莞市", "中山市", "儋州市", "嘉峪关市")) {
      Department d = DIR.competentFor(G.resolve(city).orElseThrow()).orElseThrow();
      assertThat(d.level()).as(city).isEqualTo(Department.Level.CITY);
      assertThat(d.name()).isEqualTo(city + "生态环境局");
    }
    // A development zone is served as a branch of its city's bureau; no unnamed placeholder has a department.
    Division zone = G.divisionsAboveTowns().stream().filter(Division::developmentZone).findFirst().orElseThrow();
    assertThat(DIR.byCode(zone.code()).orElseThrow().name()).endsWith("分局");
    assertThat(DIR.all()).noneMatch(d -> d.name().contains("市辖区") || d.name().contains("直辖县级"));
    // Documents print only official names: generated ones are for routing.
    assertThat(jiangning.printableName()).isEmpty();
  }
}
