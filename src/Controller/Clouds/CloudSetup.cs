using Autoscaler.Controller.Clouds.Demo;
using Autoscaler.Controller.Hosting;

using Autoscaler.RackspaceApi;
using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Clouds;

/// <summary>Wires the cloud the controller manages: Rackspace from configuration, or the embedded emulated cloud.</summary>
internal static class CloudSetup
{
    /// <summary>The emulator's built-in account, used by the embedded default.</summary>
    private const string EmulatorUser = "demo";
    private const string EmulatorApiKey = "demo-api-key";
    private const string DemoImageUuid = "9019637a-5eed-4a2c-9c1e-7a1c0de5e7e0";

    /// <summary>Registers <c>IServerProvisioner</c>; in emulated mode first starts the emulated cloud on a loopback port.</summary>
    public static async Task AddCloudAsync(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var cloud = configuration.GetSection(CloudOptions.SectionName).Get<CloudOptions>() ?? new CloudOptions();
        var rackspace = configuration.GetSection(RackspaceOptions.SectionName);
        var provider = cloud.Provider ?? (string.IsNullOrWhiteSpace(rackspace["Username"]) ? CloudProvider.Emulated : CloudProvider.Rackspace);
        builder.Services.AddOptions<CloudOptions>().Bind(configuration.GetSection(CloudOptions.SectionName));

        if (provider == CloudProvider.Rackspace)
        {
            builder.Services.AddRackspaceCloudServers(rackspace);
            builder.Services.AddHostedService<RackspaceCloudBanner>();
            return;
        }

        AddDemoDefaults(configuration);
        var emulatorOptions = new EmulatorOptions();
        configuration.GetSection("Cloud:Emulator").Bind(emulatorOptions);
        var emulated = await EmulatedCloud.StartAsync(emulatorOptions).ConfigureAwait(false);
        builder.Services.AddSingleton(emulated);
        builder.Services.AddHostedService<EmbeddedCloudLifetime>();
        builder.Services.AddRackspaceCloudServers(options =>
        {
            options.Dialect = RackspaceDialect.V2;
            options.IdentityUrl = emulated.IdentityV2Endpoint;
            options.Username = EmulatorUser;
            options.ApiKey = EmulatorApiKey;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
        });
        if (cloud.Demo.Enabled)
        {
            builder.Services.AddSingleton<DemoGameServers>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoGameServers>());
            builder.Services.AddHostedService<DemoPlayerLoad>();
        }
    }

    /// <summary>The demo fleet and its game-server image, unless configuration already names fleets or images.</summary>
    private static void AddDemoDefaults(IConfigurationManager configuration)
    {
        var defaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!configuration.GetSection("Cloud:Emulator:Images").GetChildren().Any())
        {
            defaults["Cloud:Emulator:Images:0:Id"] = "9019637";
            defaults["Cloud:Emulator:Images:0:Name"] = "RakNet-setup";
            defaults["Cloud:Emulator:Images:0:Uuid"] = DemoImageUuid;
            defaults["Cloud:Emulator:BuildTime"] = "00:00:04";
        }

        if (!configuration.GetSection("Fleets").GetChildren().Any())
        {
            const string Fleet = "Fleets:demo:";
            defaults[Fleet + "ImageId"] = DemoImageUuid;
            defaults[Fleet + "FlavorId"] = "2";
            defaults[Fleet + "SlotsPerServer"] = "16";
            defaults[Fleet + "MinServers"] = "1";
            defaults[Fleet + "MaxServers"] = "12";
            defaults[Fleet + "MinFreeSlots"] = "8";
            defaults[Fleet + "FreeSlotsPercent"] = "10";
            defaults[Fleet + "ExpectedBootTime"] = "00:00:05";
            defaults[Fleet + "EmptyGracePeriod"] = "00:00:30";
            defaults[Fleet + "ScaleDownWindow"] = "00:00:30";
            defaults[Fleet + "PolicyInterval"] = "00:00:05";
        }

        configuration.AddDefaults(defaults);
    }

    /// <summary>Says once, at start, which real cloud this controller manages.</summary>
    private sealed class RackspaceCloudBanner(IOptions<RackspaceOptions> options, ILogger<RackspaceCloudBanner> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            CloudLog.RackspaceCloud(logger, options.Value.Dialect.ToString(), options.Value.Region ?? "(account default)");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
