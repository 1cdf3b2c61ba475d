using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// An application as an integrator writes it (slim builder, the policy sets, the API), served in memory or, for clients
/// outside the process such as curl, by Kestrel on a free loopback port.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiHost(WebApplication app, HttpClient client, Uri address)
    {
        this.app = app;
        Client = client;
        Address = address;

        // A request that never ends fails its test rather than holding the whole run.
        Client.Timeout = TimeSpan.FromSeconds(30);
    }

    public HttpClient Client { get; }

    /// <summary>Where the application listens (the in-memory server's base address when not on Kestrel).</summary>
    public Uri Address { get; }

    public static async Task<ApiHost> Start(Action<DomainKitApiOptions>? limits = null, Action<WebApplication>? more = null)
    {
        var app = Build(limits, more, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        var client = app.GetTestClient();
        return new ApiHost(app, client, client.BaseAddress!);
    }

    public static async Task<ApiHost> StartOnLoopback()
    {
        // Port 0: the system gives a free port, so parallel runs never collide.
        var app = Build(null, null, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new ApiHost(app, new HttpClient { BaseAddress = address }, address);
    }

    private static WebApplication Build(Action<DomainKitApiOptions>? limits, Action<WebApplication>? more, Action<WebApplicationBuilder> server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        server(builder);
        builder.Logging.ClearProviders();
        builder.Services.AddDomainKit();
        builder.Services.AddDomainKitApi(limits);
        var app = builder.Build();
        app.MapDomainKit("/api");
        more?.Invoke(app);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
