package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The demo fund's inbox as the README's demo shows it: threads, new people, filters (and docs/review-inbox.png). */
class ReviewDemoInboxBrowserTest {

    private ReviewFixture fixture;
    private Browser browser;

    @BeforeEach
    void start() {
        fixture = new ReviewFixture(WebConfig.plainHttp(), 0, false);
        browser = Browser.start();
        browser.driver.get(fixture.url("/sign-in"));
        browser.driver.findElement(By.id("token")).sendKeys(fixture.adminToken + Keys.ENTER);
        browser.wait.until(ExpectedConditions.titleContains("Inbox"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        fixture.close();
    }

    @Test
    void proposalsOfOneThreadAreGroupedAndANewPersonCannotBeApprovedBeforeReassigning() {
        List<WebElement> threads = browser.driver.findElements(By.cssSelector("section.thread"));
        assertThat(threads).anySatisfy(thread -> {
            assertThat(thread.findElement(By.className("thread-subject")).getText())
                    .isEqualTo("Thread: " + DemoMailboxes.ALICE_TO_JANE_AND_RAJ + " · 2 proposals");
            assertThat(thread.getText()).contains("Jane Doe", "Raj Patel");
        });
        browser.screenshot("review-inbox-demo");
        WebElement newPerson = browser.driver.findElements(By.cssSelector("li.proposal")).stream()
                .filter(row -> row.getText().contains(DemoMailboxes.GLOBEX_CFO_FIRST)).findFirst().orElseThrow();
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus();", newPerson);

        new Actions(browser.driver).sendKeys("a").perform();

        browser.wait.until(ExpectedConditions.textToBe(By.id("status"),
                "This names a new person: reassign it to a contact first (e)."));
        assertThat(newPerson.getText()).contains("New person: cfo@globex.com", "organization's domain");
        assertThat(fixture.stores.proposals().pending(PendingQuery.firstPage(100)).items())
                .allSatisfy(proposal -> assertThat(proposal.state()).isEqualTo(ProposalState.PENDING));
    }

    @Test
    void questionMarkShowsAndHidesTheKeys() {
        WebElement help = browser.driver.findElement(By.id("help"));
        assertThat(help.isDisplayed()).isFalse();

        new Actions(browser.driver).sendKeys("?").perform();

        browser.wait.until(ExpectedConditions.visibilityOf(help));
        assertThat(help.getText()).contains("approve the focused proposal", "reject: type the reason");
        assertThat(browser.driver.findElement(By.id("help-button")).getAttribute("aria-expanded")).isEqualTo("true");
        new Actions(browser.driver).sendKeys("?").perform();
        browser.wait.until(ExpectedConditions.invisibilityOf(help));
    }

    @Test
    void theMailboxFilterShowsOnlyThatMailboxsProposals() {
        new Select(browser.driver.findElement(By.name("mailbox")))
                .selectByValue("bob@northwind.vc");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Filter']")).click();

        browser.wait.until(ExpectedConditions.urlContains("mailbox=bob"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("li.proposal"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("bob@northwind.vc"));
        assertThat(rows).noneSatisfy(row -> assertThat(row.getText()).contains(DemoMailboxes.JANE_Q3_REPORT));
    }
}
