using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DomainKit.Tests.AspNetCore;

/// <summary>An application as an integrator writes it (slim builder, the policy sets, the API), served in memory.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
        // A request that never ends fails its test rather than holding the whole run.
        Client.Timeout = TimeSpan.FromSeconds(30);
    }

    public HttpClient Client { get; }

    public static async Task<ApiHost> Start(Action<DomainKitApiOptions>? limits = null, Action<WebApplication>? more = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddDomainKit();
        builder.Services.AddDomainKitApi(limits);
        var app = builder.Build();
        app.MapDomainKit("/api");
        more?.Invoke(app);
        await app.StartAsync();
        return new ApiHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
