package dev.mailroom.training.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mailroom.model.registry.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {TrainingController.class, ModelController.class})
@Import(WebTestConfiguration.class)
class ModelControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ModelRegistry registry;

    @Test
    void versionsArePromotedAndRolledBackWithReasons() throws Exception {
        String v1 = WebTestConfiguration.publish(registry, "letters", 1);
        String v2 = WebTestConfiguration.publish(registry, "letters", 2);

        mvc.perform(get("/api/v1/models/letters/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].version").value(v1))
                .andExpect(jsonPath("$.versions[0].kernel").value("naive-bayes"))
                .andExpect(jsonPath("$.versions[0].heldOutMacroF1").value(0.9))
                .andExpect(jsonPath("$.production").doesNotExist());
        mvc.perform(post("/api/v1/models/letters/versions/" + v1 + "/promote")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"first release\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v1))
                .andExpect(jsonPath("$.reason").value("first release"));
        mvc.perform(post("/api/v1/models/letters/rollback"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("no-previous-version"));
        mvc.perform(post("/api/v1/models/letters/versions/" + v2 + "/promote")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/models/letters/versions/" + v2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.production").value(true))
                .andExpect(jsonPath("$.manifest.version").value(v2))
                .andExpect(jsonPath("$.manifest.labels.length()").value(7));

        mvc.perform(post("/api/v1/models/letters/rollback")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"v2 misroutes invoices\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v1))
                .andExpect(jsonPath("$.kind").value("ROLLBACK"));
        mvc.perform(get("/api/v1/models/letters/versions"))
                .andExpect(jsonPath("$.production").value(v1))
                .andExpect(jsonPath("$.promotions.length()").value(3))
                .andExpect(jsonPath("$.promotions[2].reason").value("v2 misroutes invoices"));
    }

    @Test
    void unknownModelsAndVersionsAre404() throws Exception {
        mvc.perform(get("/api/v1/models/nothing/versions"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("not-found"));
        String v1 = WebTestConfiguration.publish(registry, "other", 3);
        mvc.perform(get("/api/v1/models/other/versions/v999999")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/models/other/versions/v999999/promote")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/models/nothing/rollback")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/models/other/versions/" + v1)).andExpect(status().isOk());
    }
}
