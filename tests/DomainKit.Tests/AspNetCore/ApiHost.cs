using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

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

    public static async Task<ApiHost> Start(Action<DomainKitApiOptions>? limits = null, Action<WebApplication>? more = null, Action<WebApplicationBuilder>? services = null)
    {
        var app = Build(limits, more, builder =>
        {
            builder.WebHost.UseTestServer();
            services?.Invoke(builder);
        });
        await app.StartAsync();
        var client = app.GetTestClient();
        return new ApiHost(app, client, client.BaseAddress!);
    }

    public static async Task<ApiHost> StartOnLoopback()
    {
        // Port 0: the system gives a free port, so parallel runs never collide. The OpenAPI document and the API page
        // as the integrators' guide adds them.
        var app = Build(
            null,
            app =>
            {
                app.MapOpenApi();
                app.MapScalarApiReference();
            },
            builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Services.AddOpenApi(options => options.AddDomainKitContracts());
            });
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
