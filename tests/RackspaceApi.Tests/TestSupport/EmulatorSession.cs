using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.DependencyInjection;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>An in-process emulated cloud on a free loopback port plus a client registered against it through DI.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public const string Username = "demo";
    public const string ApiKey = "demo-api-key";

    private EmulatorSession(EmulatedCloud cloud, TestHost host)
    {
        Cloud = cloud;
        Host = host;
    }

    public EmulatedCloud Cloud { get; }

    public TestHost Host { get; }

    public T Get<T>() where T : notnull => Host.Get<T>();

    public static async Task<EmulatorSession> StartAsync(
        RackspaceDialect dialect,
        Action<EmulatorOptions>? configureCloud = null,
        Action<RackspaceOptions>? configureClient = null,
        TimeProvider? timeProvider = null)
    {
        var emulatorOptions = new EmulatorOptions
        {
            BuildTime = TimeSpan.FromMilliseconds(200),
            RebootTime = TimeSpan.FromMilliseconds(100),
            HardRebootTime = TimeSpan.FromMilliseconds(100),
            RebuildTime = TimeSpan.FromMilliseconds(100),
            PasswordChangeTime = TimeSpan.FromMilliseconds(100),
            ResizeStepTime = TimeSpan.FromMilliseconds(50),
            ImageSaveTime = TimeSpan.FromMilliseconds(100),
            RandomSeed = 7,
        };
        emulatorOptions.RateLimits.Enabled = false;
        configureCloud?.Invoke(emulatorOptions);
        var cloud = await EmulatedCloud.StartAsync(emulatorOptions, timeProvider, CancellationToken.None);
        try
        {
            // The identity URL is known only now (port 0): set it the way the controller does, by post-configuration.
            var host = TestHost.Create(
                options =>
                {
                    options.Dialect = dialect;
                    options.Username = Username;
                    options.ApiKey = ApiKey;
                    options.Preset = RackspaceIdentityPreset.US;
                    configureClient?.Invoke(options);
                },
                handler: null,
                timeProvider,
                services => services.PostConfigure<RackspaceOptions>(options =>
                    options.IdentityUrl ??= dialect == RackspaceDialect.V1 ? cloud.IdentityV1Endpoint : cloud.IdentityV2Endpoint));
            return new EmulatorSession(cloud, host);
        }
        catch
        {
            await cloud.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Cloud.DisposeAsync();
    }
}
