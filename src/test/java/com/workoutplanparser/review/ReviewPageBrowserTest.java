package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.review.ReviewFixtures.User;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The review page in a real browser (Debian's chromium with its chromedriver; nothing is downloaded): sign in,
 * open the item from the queue, correct one exercise through the drop-down, approve with the keyboard, see the
 * stored plan. Screenshots are kept in target/review-screenshots/.
 */
class ReviewPageBrowserTest extends AppTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "review-screenshots");

    private WebDriver browser;
    private Path profile;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Skipped: no browser at " + CHROMIUM + " (install Debian's chromium and chromium-driver to run it)");
        // Both paths are given, so Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("review-browser-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void reviewerCorrectsAnExerciseThroughTheDropDownApprovesAndSeesTheStoredPlan() throws IOException {
        ReviewFixtures fixtures = new ReviewFixtures(api);
        User owner = fixtures.user("user");
        User reviewer = fixtures.user("reviewer");
        String unknown = ReviewFixtures.unknownName("Swing");
        String text = "<b>Coach notes</b>\nBench Press: 3x8\n" + unknown + " 3x8\nSquat: 5x5\n\n3x10 @ 60kg";
        JsonNode queued = ReviewFixtures.queued(owner, text);
        String reviewId = ReviewFixtures.reviewId(queued);

        browser.get("http://127.0.0.1:" + port + "/review/");
        WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        token.sendKeys(reviewer.token());
        token.sendKeys(Keys.ENTER);

        WebElement who = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
        assertThat(who.getText()).contains(reviewer.displayName(), "reviewer");

        // The queue shows the item with its source and age; open it.
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#queue-list button[data-review-id='" + reviewId + "']")));
        assertThat(item.getText()).contains("rest").containsAnyOf("just now", "min ago");
        item.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan tbody"), unknown));

        // Untrusted text is shown as text, never as markup.
        WebElement raw = browser.findElement(By.id("raw-text"));
        assertThat(raw.getText()).contains("<b>Coach notes</b>", unknown);
        assertThat(raw.findElements(By.tagName("b"))).isEmpty();
        assertThat(raw.findElements(By.cssSelector("li.unread"))).extracting(WebElement::getText)
                .as("the line nothing could read is marked").containsExactly("3x10 @ 60kg");

        // Correct the unknown exercise: search the catalog, pick it in the drop-down, fix the sets.
        WebElement row = browser.findElement(By.xpath(
                "//div[@id='plan']//tbody/tr[.//span[@class='written' and text()='" + unknown + "']]"));
        Select exercise = new Select(row.findElement(By.cssSelector("select.exercise")));
        assertThat(exercise.getFirstSelectedOption().getAttribute("value")).isNotEqualTo("kettlebell-swing");
        WebElement search = row.findElement(By.cssSelector("input.catalog-search"));
        search.sendKeys("kettlebell swing");
        wait.until(d -> !row.findElements(
                By.cssSelector("optgroup.results option[value='kettlebell-swing']")).isEmpty());
        exercise.selectByValue("kettlebell-swing");
        assertThat(row.findElement(By.cssSelector(".level")).getText()).isEqualTo("your choice");
        WebElement sets = row.findElement(By.cssSelector("input.sets"));
        sets.clear();
        sets.sendKeys("4");
        screenshot("review-item.png");

        // Leave the field and approve with the shortcut shown on the page.
        sets.sendKeys(Keys.ESCAPE);
        assertThat(browser.findElement(By.cssSelector("footer.shortcuts")).getText()).contains("approve", "reject");
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        browser.findElement(By.tagName("body")).sendKeys("a");

        WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stored-plan-table")));
        WebElement corrected = stored.findElement(By.cssSelector("tr[data-exercise-id='kettlebell-swing']"));
        assertThat(corrected.getText()).contains(unknown, "Kettlebell Swing", "4", "8");
        assertThat(stored.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("result-meta")).getText()).contains("1 match correction");
        assertThat(browser.findElements(By.cssSelector("#queue-list button[data-review-id='" + reviewId + "']")))
                .as("the decided item leaves the queue").isEmpty();
        screenshot("review-approved.png");

        Map<String, Object> review = jdbc.queryForMap(
                "select r.status, l.status as import_status, l.workout_plan_id from review_item r "
                        + "join workout_import_log l on l.id = r.import_id where r.id = ?", UUID.fromString(reviewId));
        assertThat(review.get("status")).isEqualTo("APPROVED");
        assertThat(review.get("import_status")).isEqualTo("STORED");
        assertThat(jdbc.queryForObject("""
                select x.sets from workout_plan_exercise x join workout_plan_day d on d.id = x.day_id
                 where d.plan_id = ? and x.exercise_id = 'kettlebell-swing'""", Integer.class,
                review.get("workout_plan_id"))).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from match_correction where review_id = ?", Long.class,
                UUID.fromString(reviewId))).isEqualTo(1);

        // The same page on a phone, with the next plan: the token stays for this tab, the plan becomes cards.
        ReviewFixtures.queued(owner, "Bench Press: 3x8\n" + ReviewFixtures.unknownName("Row") + " 3x10");
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plan tbody tr")));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0L);
        screenshot("review-phone.png");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#plan tbody tr:last-child').scrollIntoView()");
        screenshot("review-phone-exercise.png");
    }

    @Test
    void oneChoiceForAWrittenNameCorrectsAllItsRowsAndEachRowCanUndoIt() throws IOException {
        ReviewFixtures fixtures = new ReviewFixtures(api);
        User owner = fixtures.user("user");
        User reviewer = fixtures.user("reviewer");
        String unknown = ReviewFixtures.unknownName("Flip");
        String text = "Day 1\n" + unknown + " 3x8\nBench Press: 3x8\n\nDay 2\n" + unknown + " 4x6\nSquat: 5x5\n\n"
                + "Day 3\n" + unknown + " 2x10\nDeadlift: 1x5";
        String reviewId = ReviewFixtures.reviewId(ReviewFixtures.queued(owner, text));

        browser.get("http://127.0.0.1:" + port + "/review/");
        WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        token.sendKeys(reviewer.token());
        token.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#queue-list button[data-review-id='" + reviewId + "']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan tbody"), unknown));

        By rowsOfName = By.xpath("//div[@id='plan']//tbody/tr[.//span[@class='written' and text()='" + unknown + "']]");
        java.util.List<WebElement> rows = browser.findElements(rowsOfName);
        assertThat(rows).as("three rows, one per day").hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#plan .name-groups")).getText()).contains(unknown, "× 3");
        assertThat(rows.get(2).findElement(By.cssSelector(".group-note")).getText()).isEqualTo("3 of 3 rows named \"" + unknown + "\"");

        // One choice, on the first row, through the catalog search.
        rows.get(0).findElement(By.cssSelector("input.catalog-search")).sendKeys("tire flip");
        wait.until(d -> "tire-flip".equals(new Select(rows.get(0).findElement(By.cssSelector("select.exercise")))
                .getFirstSelectedOption().getAttribute("value")));
        for (WebElement row : rows) {
            wait.until(d -> "tire-flip".equals(new Select(row.findElement(By.cssSelector("select.exercise")))
                    .getFirstSelectedOption().getAttribute("value")));
            assertThat(row.findElement(By.cssSelector(".level")).getText()).isEqualTo("your choice");
        }
        assertThat(rows.get(0).findElements(By.cssSelector("button.undo"))).as("the row chosen on has no undo").isEmpty();
        assertThat(rows.get(1).findElements(By.cssSelector("button.undo"))).hasSize(1);
        screenshot("review-name-group.png");

        // Undo on the last row only: it gets the matcher's suggestion back; the others keep the choice.
        String suggested = rows.get(2).findElement(By.cssSelector("select.exercise option")).getAttribute("value");
        WebElement undo = rows.get(2).findElement(By.cssSelector("button.undo"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", undo);
        screenshot("review-name-group-undo.png");
        undo.click();
        assertThat(new Select(rows.get(2).findElement(By.cssSelector("select.exercise"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(suggested).isNotEqualTo("tire-flip");
        assertThat(rows.get(2).findElements(By.cssSelector("button.undo"))).isEmpty();

        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        browser.findElement(By.tagName("body")).sendKeys("a");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stored-plan-table")));
        UUID planId = jdbc.queryForObject("select l.workout_plan_id from review_item r join workout_import_log l"
                + " on l.id = r.import_id where r.id = ?", UUID.class, UUID.fromString(reviewId));
        assertThat(jdbc.queryForObject("""
                select count(*) from workout_plan_exercise x join workout_plan_day d on d.id = x.day_id
                 where d.plan_id = ? and x.exercise_id = 'tire-flip'""", Long.class, planId))
                .as("two of the three rows took the one choice").isEqualTo(2);
        // the choice was learned: the next plan with that name is matched to it
        JsonNode match = api.get("/api/v1/exercises/match?q=" + java.net.URLEncoder.encode(unknown,
                java.nio.charset.StandardCharsets.UTF_8)).json().get("match");
        assertThat(match.get("exerciseId").asText()).isEqualTo("tire-flip");
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
