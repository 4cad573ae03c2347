extern alias controller;

using System.Net;
using System.Security.Cryptography.X509Certificates;
using controller::Autoscaler.Controller.Agents;
using controller::Autoscaler.Controller.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Agent.Tests.Fakes;

/// <summary>The controller's Cloud service on real Kestrel (HTTP/2 on 127.0.0.1), backed by a fake (or the real) gateway.</summary>
internal sealed class TestController : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestController(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Port => Address.Port;

    public IServiceProvider Services => _app.Services;

    public static async Task<TestController> StartAsync(
        IAgentGateway gateway,
        int port = 0,
        Dictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Only the test's settings: the controller's appsettings.json (copied beside the tests) binds fixed ports.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            }));
        builder.Services.AddSingleton<IAgentGateway>(gateway);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddAgentProtocol(builder.Configuration);
        var app = builder.Build();
        app.MapAgentProtocol();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestController(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
