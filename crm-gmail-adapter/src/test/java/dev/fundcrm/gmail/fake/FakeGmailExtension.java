package dev.fundcrm.gmail.fake;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh {@link FakeGmail} on real time for each test, handed to any test or lifecycle method that takes a
 * {@code FakeGmail} parameter and closed after the test: {@code @ExtendWith(FakeGmailExtension.class)}.
 */
public final class FakeGmailExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeGmailExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        fake(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FakeGmail fake = context.getStore(NAMESPACE).remove(FakeGmail.class, FakeGmail.class);
        if (fake != null) {
            fake.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeGmail.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return fake(context);
    }

    private static FakeGmail fake(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(FakeGmail.class, ignored -> FakeGmail.start(),
                FakeGmail.class);
    }
}
