package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Art 13: the department publishes its channels, postal address, hotline, reception hours and place, how to query
 * progress and the procedure a matter follows — from configuration and the catalogue, in Chinese and English, on the
 * info endpoint and in the chat.
 */
class Art13PublicationTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, e -> {
    e.put("GATEWAY_DEPLOYMENT_HOTLINE", "025-12369");
    e.put("GATEWAY_DEPLOYMENT_ADDRESS", "南京市鼓楼区某路1号");
    e.put("GATEWAY_DEPLOYMENT_RECEPTION_PLACE", "南京市鼓楼区某路1号一楼信访接待室");
    e.put("GATEWAY_DEPLOYMENT_RECEPTION_HOURS", "工作日 9:00-17:00");
    e.put("GATEWAY_DEPLOYMENT_CHANNELS", "web chat,12345热线,来信");
    e.put("GATEWAY_DEPLOYMENT_ADDRESS_EN", "1 Mou Road, Gulou District, Nanjing");
    e.put("GATEWAY_DEPLOYMENT_RECEPTION_PLACE_EN", "Petition reception room, ground floor, 1 Mou Road");
    e.put("GATEWAY_DEPLOYMENT_RECEPTION_HOURS_EN", "Working days 9:00-17:00");
    e.put("GATEWAY_DEPLOYMENT_CHANNELS_EN", "web chat,12345 hotline,letters");
  });

  static JsonObject info(String lang) {
    return GW.http().get(GW.gateway().port(), "127.0.0.1", "/api/v1/info?lang=" + lang).send().await()
        .bodyAsJsonObject();
  }

  @Test
  void theChannelsAddressHotlineReceptionTimeAndPlaceQueryAndProcedureArePublished() {
    JsonObject zh = info("zh");
    assertThat(zh.getString("department")).isEqualTo("测试市生态环境局");
    assertThat(zh.getString("hotline")).isEqualTo("025-12369");
    assertThat(zh.getString("address")).isEqualTo("南京市鼓楼区某路1号");
    assertThat(zh.getString("receptionPlace")).isEqualTo("南京市鼓楼区某路1号一楼信访接待室");
    assertThat(zh.getString("receptionHours")).isEqualTo("工作日 9:00-17:00");
    assertThat(zh.getJsonArray("channels").getList()).containsExactly("web chat", "12345热线", "来信");
    assertThat(zh.getString("statusQuery")).contains("查询码");
    assertThat(zh.getString("procedure")).contains("15日内").contains("60日").contains("复查").contains("复核")
        .contains("第十七条").contains("第三十一条");
    assertThat(zh.getString("regulation")).contains("生态环境信访工作办法");
    JsonObject en = info("en");
    assertThat(en.getString("department")).isEqualTo("Test City Ecology and Environment Bureau");
    assertThat(en.getString("procedure")).contains("within 15 days").contains("review").contains("Art 30, 31");
    assertThat(en.getString("procedure")).doesNotContainPattern("[\\u4e00-\\u9fff]");
    // The published facts in their configured English variants (issue 13 §5).
    assertThat(en.getString("address")).isEqualTo("1 Mou Road, Gulou District, Nanjing");
    assertThat(en.getString("receptionPlace")).isEqualTo("Petition reception room, ground floor, 1 Mou Road");
    assertThat(en.getString("receptionHours")).isEqualTo("Working days 9:00-17:00");
    assertThat(en.getJsonArray("channels").getList()).containsExactly("web chat", "12345 hotline", "letters");
    // In the chat, the same published facts.
    HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
    assertThat(chat.text("信访渠道")).contains("025-12369").contains("南京市鼓楼区某路1号一楼信访接待室")
        .contains("工作日 9:00-17:00");
  }
}
