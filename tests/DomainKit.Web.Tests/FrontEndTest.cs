using OpenQA.Selenium;

namespace DomainKit.Web.Tests;

/// <summary>
/// A caseworker at the reference front end, in a real browser: a household with a medical bill decided at the one
/// window with the figures of the specification and the explanation's steps; a bad field refused beside itself; the
/// language switch; a case taken through its stages; a reform compared with its charts; every field labelled.
/// </summary>
public sealed class FrontEndTest : IClassFixture<Browser>
{
    private readonly Browser browser;

    public FrontEndTest(Browser browser) => this.browser = browser;

    [Fact]
    public void TheOneWindow_DecidesAHouseholdWithABill_WithTheSpecificationsFiguresAndTheExplanationSteps()
    {
        browser.Open("#intake");
        EnterTheSampleHousehold();

        // The claims of docs/examples/claims.json: a medical expenditure from illness and a temporary request.
        browser.Find("#expenditure-present").Click();
        browser.Type("#expenditure-medical", "15000.00");
        browser.Find("#expenditure-illness").Click();
        browser.Find("#temporary-present").Click();
        browser.Choose("#temporary-type", "expenditure");
        browser.Type("#temporary-cost", "15000.00");
        browser.Choose("#temporary-need", "medical");
        browser.Choose("#temporary-severity", "serious");
        browser.Find("#assess").Click();
        browser.Until(d => d.FindElements(By.CssSelector("article[data-programme='medicalAssistance']")).Count == 1);

        // EX-01: a dibao household is not an expenditure-hardship household. The Zhifu pilot sets no terms for
        // temporary assistance: the request is not decided, and the page says which parameters are missing.
        Assert.Equal("不符合条件", browser.Find("article[data-programme='expenditureHardship'] .no").Text);
        Assert.Empty(browser.FindAll("article[data-programme='temporaryAssistance']"));
        Assert.Contains("未作认定", browser.Find("article[data-not-set='temporaryAssistance']").Text, StringComparison.Ordinal);

        // DB-02: 950 × 3 counted members less 18,000 / 12 of wages (1,500 a month) = 1,350.00 a month.
        Assert.Equal("1350.00", Amount("dibao"));

        // MA-01 to MA-03: (52,000 − 2,000 − 30,000 − 5,000) × 70 % = 10,500.00, under the cap.
        Assert.Equal("10500.00", Amount("medicalAssistance"));
        Assert.Contains("最低生活保障", browser.Find("article[data-programme='dibao'] .summary").Text, StringComparison.Ordinal);

        // The explanation opens to its steps, each with its rule ID and the parameters with their dates.
        var dibao = browser.Find("article[data-programme='dibao']");
        dibao.FindElement(By.CssSelector("details.explanation > summary")).Click();
        var step = browser.Until(_ => dibao.FindElements(By.CssSelector("details.step[data-rule='DB-02']")).FirstOrDefault(s => s.Displayed))!;
        step.FindElement(By.TagName("summary")).Click();
        Assert.Contains(step.FindElements(By.CssSelector(".params li")), p => p.Text.Contains("dibaoStandardMonthly", StringComparison.Ordinal) && p.Text.Contains('自', StringComparison.Ordinal));
        browser.Screenshot("front-end-intake");
    }

    [Fact]
    public void ABadField_IsShownBesideTheFieldItConcerns_InTheCaseworkersLanguage()
    {
        browser.Open("#intake");
        EnterTheSampleHousehold();
        browser.Type("#members .member:nth-child(1) [id$='-wages']", "一千五");
        browser.Find("#assess").Click();
        var wages = browser.Find("#members .member:nth-child(1) [id$='-wages']");
        browser.Until(_ => wages.GetAttribute("aria-invalid") == "true");
        var note = browser.Find("#" + wages.GetAttribute("aria-describedby"));
        Assert.True(note.Displayed);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", note.Text);
        Assert.DoesNotContain("一千五", note.Text, StringComparison.Ordinal);
        Assert.Empty(browser.FindAll("article[data-programme]"));
        browser.Screenshot("front-end-error");
    }

    [Fact]
    public void TheLanguageSwitch_TurnsThePageAndTheApisAnswersToEnglish_AndBack()
    {
        browser.Open("#intake");
        Assert.Equal("zh-CN", browser.Find("html").GetAttribute("lang"));
        Assert.Equal("救急难一门受理", browser.Find("h1").Text);
        browser.Find("#language").Click();
        browser.Until(_ => browser.Find("html").GetAttribute("lang") == "en");
        Assert.Equal("Social assistance at one window", browser.Find("h1").Text);
        Assert.Equal("Date of assessment", browser.Find("label[for='intake-date']").Text);

        EnterTheSampleHousehold();
        browser.Find("#assess").Click();
        var summary = browser.Until(d => d.FindElements(By.CssSelector("article[data-programme='dibao'] .summary")).SingleOrDefault());
        Assert.Contains("1350.00", summary!.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", summary.Text.Replace("芝罘", string.Empty, StringComparison.Ordinal));

        browser.Find("#language").Click();
        browser.Until(_ => browser.Find("h1").Text == "救急难一门受理");
    }

    [Fact]
    public void ACase_MovesThroughItsStages_WithItsTimeLimitsAndWhoAnswersForThem()
    {
        OpenCase("web-case-1", "王五", at: null);

        // The form proposes the next step; the window accepts a temporary-assistance need.
        Assert.Equal("accept", browser.Find("#command-type").GetAttribute("value"));
        browser.Find("#need-temporary").Click();
        browser.Find("#send-command").Click();
        browser.Until(_ => CurrentStage() == "acceptance");

        // VR-04: the investigation's limit runs, with its days left and the clerk who accepted the case answering.
        var limit = browser.Find("#deadlines tr[data-limit='investigationStart']");
        Assert.Contains("VR-04", limit.Text, StringComparison.Ordinal);
        Assert.Contains("staff-1", limit.Text, StringComparison.Ordinal);
        Assert.Matches(@"\d+ 个工作日", limit.FindElement(By.CssSelector(".left")).Text);

        browser.Choose("#command-type", "startInvestigation");
        browser.Type("#field-investigators", "inv-1, inv-2");
        browser.Find("#send-command").Click();
        browser.Until(_ => CurrentStage() == "review");
        Assert.Contains("web-case-1", browser.Find("#case-title").Text, StringComparison.Ordinal);
        browser.Screenshot("front-end-case");

        // A command the stage does not allow is refused, and the case stays where it was.
        browser.Choose("#command-type", "close");
        browser.Find("#send-command").Click();
        browser.Until(_ => browser.Find("#case-problems").Displayed);
        Assert.Equal("review", CurrentStage());
    }

    [Fact]
    public void ACaseRecordedAfterTheFact_RunsToItsPayment_AndShowsTheFundItCameFrom()
    {
        OpenCase("web-case-2", "赵六", at: "2026-03-02T09:00");

        Send("accept", "2026-03-02T10:00", () => browser.Find("#need-temporary").Click());
        Send("startInvestigation", "2026-03-03T09:00", () => browser.Type("#field-investigators", "inv-1, inv-2"));
        Send("recordVerification", "2026-03-04T09:00", () =>
        {
            browser.Choose("#field-source", "banks");
            browser.Type("#field-declared", "0.00");
            browser.Type("#field-verified", "1200.00");
        });
        Send("publishNotice", "2026-03-05T09:00", () =>
        {
            browser.Choose("#field-programme", "temporaryAssistance");
            browser.Type("#field-amount", "3000.00");
        });

        // PB-02: seven days from Friday 6 March; approval comes after the last day, Thursday 12 March.
        Send("approve", "2026-03-13T09:00", () => browser.Choose("#field-level", "county"));
        browser.Until(_ => CurrentStage() == "decision");
        Send("pay", "2026-03-16T09:00", () => browser.Type("#field-amount", "3000.00"));
        var payment = browser.Until(d => d.FindElements(By.CssSelector("#payments tbody tr")).SingleOrDefault());
        Assert.Equal("3000.00", browser.Find("#payments tbody tr .amount").Text);
        Assert.Equal("临时救助资金", browser.Find("#payments tbody tr .fund").Text);
        Assert.Contains("2026", payment!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AReform_ShowsItsChartsOfEligibilityAmountsWinnersAndFunds()
    {
        browser.Open("#reform");
        browser.SetDate("#reform-date", "2026-03-01");
        browser.Until(_ => browser.FindAll("#reform-parameter option").Count > 10);
        browser.Choose("#reform-parameter", "dibaoStandardMonthly");
        browser.Type("#reform-value", "1100.00");
        browser.Type("#reform-count", "300");
        browser.Find("#compare").Click();
        browser.Until(d => d.FindElements(By.CssSelector("#chart-funds svg rect.bar")).Count > 0, 60);
        foreach (var chart in new[] { "chart-eligible", "chart-amounts", "chart-winners", "chart-funds" })
        {
            Assert.NotEmpty(browser.FindAll($"#{chart} svg rect.bar"));
            Assert.False(string.IsNullOrWhiteSpace(browser.Find($"#{chart} figcaption").Text));
        }

        // A higher standard: more households gain than lose, and dibao eligibility does not fall.
        var summary = browser.Find("#reform-summary").Text;
        Assert.Contains("300", summary, StringComparison.Ordinal);
        Assert.True(Number("#reform-summary tr:nth-child(2) td") > 0);
        Assert.Equal(0, Number("#reform-summary tr:nth-child(3) td"));
        browser.Screenshot("front-end-reform");
    }

    [Fact]
    public void EveryField_HasALabel_AndTheFormsWorkFromTheKeyboard()
    {
        browser.Open("#intake");
        var unlabelled = browser.Driver.ExecuteScript(
            "return [...document.querySelectorAll('input, select')].filter(f => f.type !== 'hidden' && !document.querySelector(`label[for='${f.id}']`)).map(f => f.id || f.name);");
        Assert.Empty((IEnumerable<object>)unlabelled!);

        // Tab reaches the first field, and Enter in a field submits the form.
        browser.Find("body").SendKeys(Keys.Tab);
        Assert.Equal("a", browser.Driver.SwitchTo().ActiveElement().TagName);
        EnterTheSampleHousehold();
        browser.Find("#asset-homes").SendKeys(Keys.Enter);
        browser.Until(d => d.FindElements(By.CssSelector("article[data-programme='dibao']")).Count == 1);
    }

    private void EnterTheSampleHousehold()
    {
        browser.SetDate("#intake-date", "2026-03-01");
        while (browser.FindAll("#members .member").Count < 3)
        {
            browser.Find("#add-member").Click();
        }

        SetMember(1, "applicant", "1978-04-12", "1500.00", ill: false, "none");
        SetMember(2, "spouse", "1980-09-30", "0.00", ill: true, "none");
        SetMember(3, "child", "2014-06-01", "0.00", ill: false, "primary");
        browser.Type("#asset-financial", "8000.00");
        browser.Type("#asset-homes", "1");
        browser.Type("#asset-business", "0.00");
        if (!browser.Find("#bill-present").Selected)
        {
            browser.Find("#bill-present").Click();
        }

        browser.Choose("#bill-member", "1");
        browser.Type("#bill-total", "52000.00");
        browser.Type("#bill-excluded", "2000.00");
        browser.Type("#bill-basic", "30000.00");
        browser.Type("#bill-critical", "5000.00");
    }

    private void SetMember(int position, string relation, string birthDate, string wages, bool ill, string school)
    {
        var row = $"#members .member:nth-child({position})";
        browser.Choose($"{row} [id$='-relation']", relation);
        browser.SetDate($"{row} [id$='-birth']", birthDate);
        browser.Type($"{row} [id$='-wages']", wages);
        var illness = browser.Find($"{row} [id$='-ill']");
        if (illness.Selected != ill)
        {
            illness.Click();
        }

        browser.Choose($"{row} [id$='-school']", school);
    }

    // Opens a walk-in case at the window, now or at the given local date and time; it starts at the report stage.
    private void OpenCase(string caseId, string name, string? at)
    {
        browser.Open("#case");
        browser.Type("#open-id", caseId);
        browser.Type("#open-name", name);
        browser.Type("#open-resident", "11010519491231002X");
        if (at is not null)
        {
            browser.SetDate("#open-at", at);
        }

        browser.Find("#open-case").Click();
        Assert.Equal("report", CurrentStage());
    }

    // Sends a command of the case page dated as given, waiting for the case's version to move on.
    private void Send(string type, string at, Action fill)
    {
        var before = browser.Text("#case-title");
        browser.Choose("#command-type", type);
        fill();
        browser.SetDate("#command-at", at);
        browser.Find("#send-command").Click();
        browser.Until(_ => browser.Text("#case-title") != before || browser.Find("#case-problems").Displayed);
        Assert.False(browser.Find("#case-problems").Displayed, $"{type}: {browser.Find("#case-problems").Text}");
    }

    private string Amount(string programme) => browser.Find($"article[data-programme='{programme}'] .amount").GetAttribute("data-amount")!;

    // Read in the page: the case view is drawn again after each command, so an element found before may be gone.
    private string CurrentStage() => browser.Until(d => (string?)((IJavaScriptExecutor)d).ExecuteScript("return document.querySelector(\"#stages li[aria-current='step']\")?.dataset.stage ?? null;"))!;

    private decimal Number(string css) => decimal.Parse(browser.Find(css).Text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
