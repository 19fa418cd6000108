package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The message view with its reply drafts, the contact page and the admin pages, in a real headless Chromium. */
class ReviewMessageAndAdminBrowserTest {

    private ReviewFixture fixture;
    private Browser browser;

    @BeforeEach
    void start() {
        fixture = new ReviewFixture();
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        fixture.close();
    }

    @Test
    void aMessageOpensWithItsThreadAndAReplyAllDraftLandsInGmailUnsent() {
        signIn(fixture.adminToken);
        WebElement row = browser.driver.findElements(By.cssSelector("li.proposal")).stream()
                .filter(candidate -> candidate.getText().contains(DemoMailboxes.JANE_Q3_REPORT))
                .findFirst().orElseThrow();
        row.findElement(By.className("subject")).click();
        browser.wait.until(ExpectedConditions.titleContains(DemoMailboxes.JANE_Q3_REPORT));

        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Thread (as captured)", DemoMailboxes.ALICE_ANSWERS_JANE, "Jane Doe",
                "jane.doe@acmepension.com", "Acme Pension Fund", "Q3-statement.pdf");
        assertThat(browser.driver.findElements(By.tagName("button")))
                .noneSatisfy(button -> assertThat(button.getText()).containsIgnoringCase("send"));
        browser.driver.findElement(By.id("draft-body")).sendKeys("Thanks Jane, we will look at it this week.");
        browser.screenshot("review-message");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Create reply-all draft']")).click();

        browser.wait.until(ExpectedConditions.titleContains("Draft created"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("reply-all draft is in Gmail", "has not been sent");
        List<ReplyDraft> drafts = fixture.drafts.created();
        assertThat(drafts).singleElement().satisfies(draft -> {
            assertThat(draft.mailbox().toString()).isEqualTo(DemoFund.ALICE);
            assertThat(draft.body()).contains("Thanks Jane, we will look at it this week.");
            assertThat(draft.subject()).isEqualTo("Re: " + DemoMailboxes.JANE_Q3_REPORT);
        });
        assertThat(fixture.outbound.sent()).isEmpty();
    }

    @Test
    void theContactPageShowsApprovedActivityAndOpenProposals() {
        signIn(fixture.adminToken);
        new Actions(browser.driver).sendKeys("a").perform();
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "Approved."));

        browser.driver.get(fixture.url("/contacts/" + DemoFund.RAJ));

        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Raj Patel", "Globex Family Office", "Waiting for review", "Portfolio question 04");
        browser.screenshot("review-contact");
        assertThat(browser.driver.findElements(By.cssSelector(".timeline li"))).singleElement()
                .satisfies(entry -> assertThat(entry.getText()).contains("approved by alice@northwind.vc"));
    }

    @Test
    void anAdminPausesResumesAndSyncsAMailbox() {
        signIn(fixture.adminToken);
        browser.driver.get(fixture.url("/admin/mailboxes"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(DemoFund.ALICE, "up to date");
        browser.screenshot("review-mailboxes");

        mailboxButton(DemoFund.BOB, "Pause").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Capture paused."));
        assertThat(fixture.stores.mailboxes().find(Mailbox.of(DemoFund.BOB)).orElseThrow()
                .paused()).isTrue();
        mailboxButton(DemoFund.BOB, "Resume").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Capture resumed."));
        mailboxButton(DemoFund.ALICE, "Sync now").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "A sync was asked for"));

        assertThat(fixture.syncRequests).containsExactly(EmailAddress.of(DemoFund.ALICE));
        browser.driver.get(fixture.url("/admin/audit"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("mailbox.paused", "mailbox.resumed", "mailbox.sync-requested");
    }

    @Test
    void theDigestPreviewSendsATestOnlyToTheChosenAdmins() {
        signIn(fixture.adminToken);
        browser.driver.get(fixture.url("/admin/digest"));
        assertThat(browser.driver.findElement(By.cssSelector("pre.digest")).getText()).isNotBlank();

        browser.driver.findElement(By.cssSelector("input[value='" + DemoFund.BOB + "']")).click();
        browser.driver.findElement(By.xpath("//button[normalize-space()='Send test']")).click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Test sent"));
        browser.screenshot("review-digest");
        List<InternalMail> sent = fixture.outbound.sent();
        assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.to().addresses())
                .containsExactlyInAnyOrder(EmailAddress.of(DemoFund.ALICE), EmailAddress.of(DemoFund.BOB)));
    }

    @Test
    void anAdminBlocksAndUnblocksADomain() {
        signIn(fixture.adminToken);
        browser.driver.get(fixture.url("/admin/blocklist"));

        browser.driver.findElement(By.id("entry")).sendKeys("@noise.example" + Keys.ENTER);

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Added"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("@noise.example");
        browser.driver.findElement(By.cssSelector("button[aria-label='Unblock @noise.example']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Removed"));
        assertThat(fixture.stores.blocklist().entries()).noneMatch(entry -> entry.key().equals("@noise.example"));
    }

    private WebElement mailboxButton(String mailbox, String label) {
        return browser.driver.findElement(By.xpath("//tr[th[normalize-space()='" + mailbox + "']]//button[normalize-space()='"
                + label + "']"));
    }

    private void signIn(String token) {
        browser.driver.get(fixture.url("/sign-in"));
        browser.driver.findElement(By.id("token")).sendKeys(token + Keys.ENTER);
        browser.wait.until(ExpectedConditions.titleContains("Inbox"));
    }
}
