package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The petitioner's address without its divisions, the form staff and petitioners write it in again: a residential
 * compound, a community or a campus ending in 区 (某小区, 幸福社区, 美院校区) was stripped as if it were a district, so
 * what was left ("3栋") was too short to look for and the home written again ("就在某小区3栋后面") stayed readable.
 */
class CopyMaskStreetTest {
  @Test
  void aCompoundOrCommunityEndingInQuIsPartOfTheStreet() {
    assertThat(CopyMask.street("江苏省南京市江宁区秣陵街道某小区3栋")).isEqualTo("某小区3栋");
    assertThat(CopyMask.street("北京市朝阳区望京街道望京花园小区5号楼2单元")).isEqualTo("望京花园小区5号楼2单元");
    assertThat(CopyMask.street("浙江省杭州市西湖区转塘街道美院校区东门宿舍")).isEqualTo("美院校区东门宿舍");
    assertThat(CopyMask.street("湖北省武汉市洪山区关山街道幸福社区12栋")).isEqualTo("幸福社区12栋");
    assertThat(CopyMask.street("河北省唐山市路北区钢厂厂区家属院8排")).isEqualTo("钢厂厂区家属院8排");
  }

  @Test
  void aDivisionStaysWhenWhatFollowsIsTooShortToBeAnAddress() {
    assertThat(CopyMask.street("广东省深圳市南山区粤海街道3栋")).isEqualTo("粤海街道3栋");
    assertThat(CopyMask.street("四川省成都市郫都区团结镇5组")).isEqualTo("团结镇5组");
  }

  @Test
  void divisionsAloneAndTheOldFormsAreAsBefore() {
    assertThat(CopyMask.street("安徽省芜湖市鸠江区湾里街道青枫巷17号")).isEqualTo("青枫巷17号");
    assertThat(CopyMask.street("江苏省苏州市工业园区星湖街328号")).isEqualTo("星湖街328号");
    assertThat(CopyMask.street("安徽省芜湖市鸠江区")).isNull();
    assertThat(CopyMask.street("安徽省芜湖市鸠江区湾里街道")).isNull();
    assertThat(CopyMask.street("芜湖市鸠江区")).isNull();
    assertThat(CopyMask.street("青枫巷17号")).isNull();
  }

  @Test
  void theHomeWrittenAgainWithoutItsDivisionsIsMasked() {
    assertThat(CopyMask.more("排污口就在某小区3栋后面那条沟", "王建国", "13812345678", "南京市江宁区秣陵街道某小区3栋"))
        .isEqualTo("排污口就在【地址】后面那条沟");
    assertThat(CopyMask.more("我住幸福社区12栋，天天闻到臭味", null, null, "湖北省武汉市洪山区关山街道幸福社区12栋"))
        .isEqualTo("我住【地址】，天天闻到臭味");
    // Another building of the same compound is no one's home: nothing of it is masked.
    assertThat(CopyMask.more("隔壁的某小区5栋也闻到了", null, null, "南京市江宁区秣陵街道某小区3栋"))
        .isEqualTo("隔壁的某小区5栋也闻到了");
  }
}
