using System.Drawing;
using DomainKit.Web;
using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace DomainKit.Web.Tests;

/// <summary>
/// The front end on a free loopback port and a headless Chromium driving it: Debian's chromium and chromedriver, never
/// a downloaded browser. A machine without them fails the tests, with the command that installs them.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string DriverDirectory = "/usr/bin";
    private const string DriverName = "chromedriver";

    private WebApplication? app;

    public ChromeDriver Driver { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>Where the screenshots go: the test output, and docs/images too when DOMAINKIT_WRITE_DOCS is set.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        Assert.True(
            File.Exists(ChromiumPath) && File.Exists(Path.Combine(DriverDirectory, DriverName)),
            "The browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver");

        // The funds of 2026 are opened, the year the tests' cases are dated in, whatever year the tests run in.
        app = FrontEnd.Create(["--urls", "http://127.0.0.1:0", "--FundYears", "2026"]);
        await app.StartAsync();
        Address = new Uri(app.Urls.Single());

        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=zh-CN");
        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Window.Size = new Size(1280, 1600);
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Opens a page of the front end in a given language, with what the browser stored before cleared.</summary>
    public void Open(string fragment, string language = "zh-CN")
    {
        Driver.Navigate().GoToUrl(new Uri(Address, "/"));
        Driver.ExecuteScript("localStorage.setItem('domainkit.language', arguments[0]);", language);
        Driver.Navigate().GoToUrl(new Uri(Address, "/" + fragment));
        Driver.Navigate().Refresh();
        Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
    }

    public T Until<T>(Func<IWebDriver, T> condition, int seconds = 30) => new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(condition);

    /// <summary>An element's text read in the page, null when it is absent: safe while the page redraws it.</summary>
    public string? Text(string css) => (string?)Driver.ExecuteScript("return document.querySelector(arguments[0])?.textContent ?? null;", css);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    /// <summary>Types into a field after clearing it.</summary>
    public void Type(string css, string text)
    {
        var field = Find(css);
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Sets a date field, whose typing order depends on the browser's locale.</summary>
    public void SetDate(string css, string isoDate) =>
        Driver.ExecuteScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", Find(css), isoDate);

    public void Choose(string css, string value) => new SelectElement(Find(css)).SelectByValue(value);

    public void Screenshot(string name)
    {
        var shot = Driver.GetScreenshot();
        shot.SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));
        if (Environment.GetEnvironmentVariable("DOMAINKIT_WRITE_DOCS") == "1")
        {
            shot.SaveAsFile(Path.Combine(RepositoryRoot(), "docs", "images", name + ".png"));
        }
    }

    /// <summary>A picture of one element, saved as <see cref="Screenshot"/> saves the page.</summary>
    public static void ElementScreenshot(IWebElement element, string name)
    {
        var shot = ((ITakesScreenshot)element).GetScreenshot();
        shot.SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));
        if (Environment.GetEnvironmentVariable("DOMAINKIT_WRITE_DOCS") == "1")
        {
            shot.SaveAsFile(Path.Combine(RepositoryRoot(), "docs", "images", name + ".png"));
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run from a build inside the repository.");
    }
}
