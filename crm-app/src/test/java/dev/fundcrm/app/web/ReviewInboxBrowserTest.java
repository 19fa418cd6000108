package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.testkit.demo.DemoFund;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The inbox in a real headless Chromium: sign-in, the keyboard, review actions without a page reload. */
class ReviewInboxBrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewInboxBrowserTest.class);

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
    void signingInWithATokenOpensTheInboxOldestFirstWithTheFirstProposalFocused() {
        signIn(fixture.adminToken);

        List<WebElement> rows = rows();
        assertThat(rows).hasSizeGreaterThan(ReviewFixture.EXTRA);
        assertThat(rows.get(0).findElement(By.className("subject")).getText()).isEqualTo(ReviewFixture.HOSTILE_SUBJECT);
        assertThat(rows.get(1).getText()).contains("Portfolio question 02", "Tom Lee", "exact address",
                "Initech Endowment", "alice@northwind.vc");
        assertThat(rows.get(1).getText()).contains("Fri 25 Sep 2026, 12:00");
        assertThat(focusedProposalId()).isEqualTo(rows.get(0).getAttribute("data-id"));
        browser.screenshot("review-inbox");
    }

    @Test
    void approvingByKeyboardRecordsTheActivityAndFocusesTheNextProposalWithoutAReload() {
        signIn(fixture.adminToken);
        markPage();
        String first = focusedProposalId();
        String second = rows().get(1).getAttribute("data-id");

        press("a");

        browser.wait.until(driver -> second.equals(focusedProposalId()));
        assertThat(state(first)).isEqualTo(ProposalState.APPROVED);
        assertThat(fixture.stores.activities().forProposal(ProposalId.parse(first))).isPresent();
        assertThat(pageWasNotReloaded()).isTrue();
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Approved.");
    }

    @Test
    void rejectingWithAReasonKeepsTheReasonAndMovesOn() {
        signIn(fixture.adminToken);
        markPage();
        press("j");
        String rejected = focusedProposalId();

        press("r");
        browser.driver.switchTo().activeElement().sendKeys("Not about the fund" + Keys.ENTER);

        browser.wait.until(driver -> !rejected.equals(focusedProposalId()) && focusedProposalId() != null);
        Proposal proposal = fixture.stores.proposals().find(ProposalId.parse(rejected)).orElseThrow();
        assertThat(proposal.state()).isEqualTo(ProposalState.REJECTED);
        assertThat(proposal.decision().orElseThrow().reason()).isEqualTo("Not about the fund");
        assertThat(pageWasNotReloaded()).isTrue();
    }

    @Test
    void reassigningPicksAContactBySearchAndLeavesANewProposalForThem() {
        signIn(fixture.adminToken);
        String moved = focusedProposalId();
        Proposal before = fixture.stores.proposals().find(ProposalId.parse(moved)).orElseThrow();

        press("e");
        browser.driver.switchTo().activeElement().sendKeys("garc");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("li.proposal.current select.contact-choice"), "María García"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        browser.wait.until(driver -> !moved.equals(focusedProposalId()) && focusedProposalId() != null);
        assertThat(fixture.stores.proposals().find(ProposalId.parse(moved)).orElseThrow().isPending()).isFalse();
        List<Proposal> forMessage = fixture.stores.proposals().forMessage(before.messageKey());
        assertThat(forMessage).anySatisfy(proposal -> {
            assertThat(proposal.target()).isEqualTo(new ProposalTarget.KnownContact(DemoFund.MARIA));
            assertThat(proposal.isPending()).isTrue();
        });
    }

    @Test
    void selectingTenAndApprovingThemAtOnceApprovesExactlyThoseTen() {
        signIn(fixture.adminToken);
        int before = rows().size();
        List<String> chosen = rows().subList(0, 10).stream().map(row -> row.getAttribute("data-id")).toList();

        for (int i = 0; i < 10; i++) {
            press("x");
            press("j");
        }
        assertThat(browser.driver.findElement(By.id("selected-count")).getText()).isEqualTo("10");
        press("A");

        browser.wait.until(driver -> rows().size() == before - 10);
        assertThat(chosen).allSatisfy(id -> assertThat(state(id)).isEqualTo(ProposalState.APPROVED));
        assertThat(rows().get(0).getAttribute("data-id")).isNotIn(chosen);
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Approved 10 of 10.");
    }

    /**
     * The closing note's measure: 50 approvals by keyboard, one "a" each, every one confirmed by the server
     * before the next key. The wall time is logged, not asserted (timings are the machine's, not the code's).
     */
    @Test
    void fiftyProposalsApproveByKeyboardOneKeyEach() {
        signIn(fixture.adminToken);
        int before = rows().size();
        List<String> first50 = rows().subList(0, 50).stream().map(row -> row.getAttribute("data-id")).toList();

        long started = System.nanoTime();
        for (int i = 1; i <= 50; i++) {
            press("a");
            int left = before - i;
            browser.wait.until(driver -> countShown() == left);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        LOG.info("approved 50 proposals by keyboard in {} ms (one 'a' per proposal, each confirmed by the server)",
                millis);
        assertThat(first50).allSatisfy(id -> assertThat(state(id)).isEqualTo(ProposalState.APPROVED));
        assertThat(rows()).hasSize(before - 50);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        signIn(fixture.adminToken);
        String id = focusedProposalId();

        ((JavascriptExecutor) browser.driver).executeScript(
                "var form = document.querySelector('li.proposal form.approve');"
                        + "form.querySelector('input[name=csrf]').remove(); form.submit();");

        browser.wait.until(ExpectedConditions.titleContains("403"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("did not come from this site");
        assertThat(state(id)).isEqualTo(ProposalState.PENDING);
    }

    @Test
    void aMemberSeesNoAdminLinksAndGetsA403PageOnAnAdminPage() {
        signIn(fixture.memberToken);
        assertThat(browser.driver.findElements(By.linkText("Mailboxes"))).isEmpty();

        for (String page : List.of("/admin/mailboxes", "/admin/digest", "/admin/blocklist", "/admin/audit")) {
            browser.driver.get(fixture.url(page));
            assertThat(browser.driver.getTitle()).as(page).startsWith("403");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        }
    }

    private void signIn(String token) {
        browser.driver.get(fixture.url("/"));
        browser.wait.until(ExpectedConditions.titleContains("Sign in"));
        browser.driver.findElement(By.id("token")).sendKeys(token + Keys.ENTER);
        browser.wait.until(ExpectedConditions.titleContains("Inbox"));
        browser.wait.until(driver -> focusedProposalId() != null);
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("li.proposal"));
    }

    private int countShown() {
        return Integer.parseInt(browser.driver.findElement(By.id("count")).getText());
    }

    private String focusedProposalId() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "var active = document.activeElement; return active && active.tagName === 'LI' ? active.dataset.id : null;");
    }

    private void press(String keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private void markPage() {
        ((JavascriptExecutor) browser.driver).executeScript("window.fundcrmMarker = 'still here';");
    }

    private boolean pageWasNotReloaded() {
        return "still here".equals(((JavascriptExecutor) browser.driver).executeScript("return window.fundcrmMarker;"));
    }

    private ProposalState state(String id) {
        return fixture.stores.proposals().find(ProposalId.parse(id)).orElseThrow().state();
    }
}
