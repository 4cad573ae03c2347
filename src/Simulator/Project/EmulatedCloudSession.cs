using System.Collections.Concurrent;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.DependencyInjection;

namespace Autoscaler.Simulator.Project;

/// <summary>The emulated Rackspace cloud on a loopback port, on the virtual clock, and the project's real Rackspace v2
/// client (RackspaceApi) in front of it as the controller core's <see cref="IServerProvisioner"/>.</summary>
/// <remarks>
/// Rate limits are off and quotas raised (the simulation measures the policy, not the account's limits). Status changes
/// and requests are queued as they happen (on request threads or on the thread moving the clock) and drained by the
/// simulation thread.
/// </remarks>
internal sealed class EmulatedCloudSession : IAsyncDisposable
{
    /// <summary>The image every simulated game server boots from.</summary>
    public const string ImageId = "5a1d0000-0000-4000-8000-00000000a001";

    /// <summary>The flavor every simulated game server gets (512 MB, a default of the emulator).</summary>
    public const string FlavorId = "2";

    private readonly EmulatedCloud _cloud;
    private readonly ServiceProvider _services;
    private readonly ConcurrentQueue<ServerStatusChangedEventArgs> _changes = new();
    private readonly ConcurrentQueue<AuditEntry> _requests = new();

    private EmulatedCloudSession(EmulatedCloud cloud, ServiceProvider services)
    {
        _cloud = cloud;
        _services = services;
        Provisioner = services.GetRequiredService<IServerProvisioner>();
        cloud.Model.ServerStatusChanged += (_, e) => _changes.Enqueue(e);
        cloud.Model.RequestAudited += (_, e) => _requests.Enqueue(e.Entry);
    }

    public IServerProvisioner Provisioner { get; }

    public CloudModel Model => _cloud.Model;

    /// <summary>Starts the emulator with BUILD lasting <paramref name="buildTime"/> and a client logged in to its demo account.</summary>
    public static async Task<EmulatedCloudSession> StartAsync(TimeProvider time, TimeSpan buildTime, int seed, CancellationToken cancellationToken)
    {
        var options = new EmulatorOptions
        {
            BuildTime = buildTime,
            RandomSeed = seed,
            AuditCapacity = 1_000,
            RateLimits = new RateLimitOptions { Enabled = false },
            AbsoluteLimits = new AbsoluteLimitOptions { MaxTotalInstances = 100_000, MaxTotalRamSize = int.MaxValue },
        };
        options.Images.Add(new ImageSeed { Id = 9_001, Uuid = ImageId, Name = "game server" });
        var cloud = await EmulatedCloud.StartAsync(options, time, cancellationToken).ConfigureAwait(false);
        try
        {
            var account = cloud.Model.Accounts[0];
            var services = new ServiceCollection();
            services.AddSingleton(time);
            services.AddRackspaceCloudServers(rackspace =>
            {
                rackspace.IdentityUrl = cloud.IdentityV2Endpoint;
                rackspace.Username = account.Username;
                rackspace.ApiKey = account.ApiKey;
                rackspace.Region = account.DefaultRegion;
            });
            return new EmulatedCloudSession(cloud, services.BuildServiceProvider());
        }
        catch
        {
            await cloud.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public bool TryTakeChange(out ServerStatusChangedEventArgs change) => _changes.TryDequeue(out change!);

    public bool TryTakeRequest(out AuditEntry request) => _requests.TryDequeue(out request!);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        await _cloud.DisposeAsync().ConfigureAwait(false);
    }
}
