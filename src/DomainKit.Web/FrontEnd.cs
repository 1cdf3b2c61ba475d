using DomainKit.Assistance;
using DomainKit.Extensions.DependencyInjection;
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
    /// <param name="args">Command-line arguments, such as <c>--urls http://127.0.0.1:5080</c> or <c>--DomainKit:DefaultPolicy national-baseline</c>.</param>
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
        builder.Services.AddSingleton<ICaseStore>(services => new InMemoryCaseStore(OpenLedger(services.GetRequiredService<DomainKitRules>(), services.GetRequiredService<ILoggerFactory>())));
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
    /// The fund ledger with this year's budgets opened from the default policy, so payments can be made from the start;
    /// an empty ledger when the policy sets no budget for the year (payments are then refused, as they would be).
    /// </summary>
    private static FundLedger OpenLedger(DomainKitRules rules, ILoggerFactory logging)
    {
        var today = rules.Today;
        var policy = rules.Policies.Default;
        var opened = FundLedger.Empty.OpenYear(today.Year, policy, "finance", Instant.FromUtc(today.Year, 1, 1, 0, 0), 0);
        if (opened.IsSuccess)
        {
            return opened.Value;
        }

        NoBudget(logging.CreateLogger(typeof(FrontEnd)), policy.Id, today.Year);
        return FundLedger.Empty;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The policy {Policy} sets no fund budget for {Year}; payments will be refused.")]
    private static partial void NoBudget(ILogger logger, string policy, int year);
}
