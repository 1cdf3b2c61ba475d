using DomainKit.Assistance;
using DomainKit.Extensions.DependencyInjection;
using DomainKit.Marten;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace DomainKit.Web;

/// <summary>
/// The reference front end: static pages that use nothing but the DomainKit HTTP API, served with the API itself.
/// </summary>
public static partial class FrontEnd
{
    /// <summary>Where the front end listens unless configured otherwise: the loopback interface only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    // The pages load only their own script and style, so injected markup cannot run script or send data elsewhere.
    private const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    /// <summary>Builds the application: the API under <c>/api</c>, the pages at the root.</summary>
    /// <param name="args">
    /// Command-line arguments, such as <c>--urls http://127.0.0.1:5080</c>, <c>--DomainKit:DefaultPolicy national-baseline</c>
    /// or <c>--FundYears 2025,2026</c> (the budget years whose funds are opened from the default policy; this year by default).
    /// With <c>--ConnectionStrings:DomainKit "Host=...;Database=...;Username=...;Password=..."</c> the cases and the ledger
    /// are kept in PostgreSQL (<see cref="MartenCaseStore"/>), and <c>--ApplySchema true</c> creates or updates its tables first.
    /// </param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        var root = AppContext.BaseDirectory;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = root,
            WebRootPath = Path.Combine(root, "wwwroot"),
        });
        builder.Configuration.AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true);
        builder.Configuration.AddCommandLine(args);
        builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? DefaultUrl);

        builder.Services.AddDomainKit(builder.Configuration.GetSection("DomainKit"));
        var fundYears = builder.Configuration["FundYears"];
        var connectionString = builder.Configuration.GetConnectionString("DomainKit");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton<ICaseStore>(services => new InMemoryCaseStore(OpenLedger(services.GetRequiredService<DomainKitRules>(), fundYears, services.GetRequiredService<ILoggerFactory>())));
        }
        else
        {
            // Cases and the ledger in PostgreSQL; the schema is applied only when asked (--ApplySchema true).
            builder.Services.AddDomainKitMartenCaseStore(connectionString);
            var applySchema = builder.Configuration.GetValue<bool>("ApplySchema");
            builder.Services.AddHostedService(services => new StoredFundYears(
                services.GetRequiredService<MartenCaseStore>(),
                services.GetRequiredService<global::Marten.IDocumentStore>(),
                applySchema,
                Years(services.GetRequiredService<DomainKitRules>(), fundYears),
                services.GetRequiredService<DomainKitRules>().Policies.Default,
                services.GetRequiredService<ILoggerFactory>().CreateLogger<StoredFundYears>()));
        }

        builder.Services.AddDomainKitApi();

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDomainKit("/api");
        return app;
    }

    /// <summary>
    /// The fund ledger with the budgets of the given years (this year when none is given) opened from the default
    /// policy, so payments can be made from the start; a year the policy sets no budget for is left closed, and a
    /// payment from it is refused, as it would be.
    /// </summary>
    private static FundLedger OpenLedger(DomainKitRules rules, string? fundYears, ILoggerFactory logging)
    {
        var policy = rules.Policies.Default;
        var ledger = FundLedger.Empty;
        foreach (var year in Years(rules, fundYears))
        {
            var opened = OpenYear(ledger, year, policy);
            if (opened.IsSuccess)
            {
                ledger = opened.Value;
            }
            else
            {
                NoBudget(logging.CreateLogger(typeof(FrontEnd)), policy.Id, year);
            }
        }

        return ledger;
    }

    /// <summary>The budget years asked for (this year when none is given), in order; a year that is not a number is 0, which no policy budgets.</summary>
    internal static IEnumerable<int> Years(DomainKitRules rules, string? fundYears) =>
        (fundYears ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(y => int.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : 0)
            .DefaultIfEmpty(rules.Today.Year)
            .Distinct()
            .Order();

    /// <summary>A year's budgets opened from the policy by the finance office on 1 January; refused for a year the policy sets none for.</summary>
    internal static Ardalis.Result.Result<FundLedger> OpenYear(FundLedger ledger, int year, Policies.PolicySet policy) => year is >= 1880 and <= 2200
        ? ledger.OpenYear(year, policy, "finance", Instant.FromUtc(year, 1, 1, 0, 0), ledger.Version)
        : Ardalis.Result.Result<FundLedger>.Invalid();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The policy {Policy} sets no fund budget for {Year}; payments will be refused.")]
    internal static partial void NoBudget(ILogger logger, string policy, int year);
}
