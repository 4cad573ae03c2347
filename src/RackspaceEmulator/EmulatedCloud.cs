using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceEmulator;

/// <summary>A running emulated Rackspace cloud, hosted in-process on Kestrel.</summary>
/// <remarks>Dispose it to stop the server and every timer of the model.</remarks>
public sealed class EmulatedCloud : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatedCloud(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Model = app.Services.GetRequiredService<CloudModel>();
    }

    /// <summary>The emulator's root, ending with '/', e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The identity v1.0 URL: GET it with X-Auth-User and X-Auth-Key to get 204 and the service URLs.</summary>
    public Uri IdentityV1Endpoint => new(BaseAddress, "v1.0");

    /// <summary>The identity 2.0 base, ending with '/': POST {this}tokens.</summary>
    public Uri IdentityV2Endpoint => new(BaseAddress, "v2.0/");

    /// <summary>The in-memory model behind both dialects.</summary>
    public CloudModel Model { get; }

    /// <summary>Starts the emulator's HTTP server in-process on <see cref="EmulatorOptions.Urls"/>, or on a free loopback port when empty.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (every problem is listed).</exception>
    public static async Task<EmulatedCloud> StartAsync(EmulatorOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(EmulatedCloud).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(options.Urls) ? "http://127.0.0.1:0" : options.Urls);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddRackspaceEmulator(options, timeProvider);
        var app = builder.Build();
        app.MapRackspaceEmulator();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        EmulatorLog.Listening(app.Services.GetRequiredService<ILogger<EmulatedCloud>>(), address);
        return new EmulatedCloud(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the HTTP server and the model's timers.</summary>
    public async ValueTask DisposeAsync()
    {
        Model.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
