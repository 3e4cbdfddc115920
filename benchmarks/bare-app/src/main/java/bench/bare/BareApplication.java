package bench.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** One view, one field, one button: the floor a Vaadin session costs on this stack. */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @Route("")
    public static class BareView extends VerticalLayout {
        public BareView() {
            TextField name = new TextField("Name");
            add(name, new Button("Say hello", e -> name.setHelperText("Hello " + name.getValue())));
        }
    }
}
