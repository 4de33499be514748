package dev.mailroom.router;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlinkTypesTest {

    @ParameterizedTest
    @ValueSource(classes = {InboundRecord.class, AcceptedRecord.class, OutboundRecord.class})
    void recordsBetweenOperatorsAreFlinkPojosNotKryoGenericTypes(Class<?> type) {
        assertThat(TypeInformation.of(type)).isInstanceOf(PojoTypeInfo.class);
    }
}
