using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.Options;

namespace Autoscaler.DemoGameServer;

/// <summary>The emulated cloud, writing each ACTIVE server's personality files to its disk folder and removing it when the server goes.</summary>
internal sealed class CloudWithDisks(EmulatorOptions emulator, IOptions<DemoMachineOptions> options, ILogger<CloudWithDisks> logger) : IHostedService, IAsyncDisposable
{
    private EmulatedCloud? _cloud;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DisksPath);
        _cloud = await EmulatedCloud.StartAsync(emulator, cancellationToken: cancellationToken).ConfigureAwait(false);
        _cloud.Model.ServerStatusChanged += OnStatusChanged;
        DemoLog.CloudListening(logger, _cloud.BaseAddress, options.Value.DisksPath);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_cloud is not null)
        {
            _cloud.Model.ServerStatusChanged -= OnStatusChanged;
            await _cloud.DisposeAsync().ConfigureAwait(false);
            _cloud = null;
        }
    }

    private void OnStatusChanged(object? sender, ServerStatusChangedEventArgs change)
    {
        var disk = Path.Combine(options.Value.DisksPath, change.Name);
        if (change.NewStatus == "ACTIVE" && !Directory.Exists(disk))
        {
            // Files first, then the folder appears under its final name at once: a game server never reads half a disk.
            var staging = Path.Combine(options.Value.DisksPath, "." + change.Name + ".staging");
            Directory.CreateDirectory(staging);
            foreach (var file in change.Personality)
            {
                File.WriteAllBytes(Path.Combine(staging, Path.GetFileName(file.Path)), file.DecodeContents());
            }

            Directory.Move(staging, disk);
            DemoLog.Disk(logger, change.Name, change.NewStatus, "written");
        }
        else if (change.NewStatus is "DELETED" or "ERROR" or "HARD_REBOOT" or "REBOOT" or "REBUILD" && Directory.Exists(disk))
        {
            // A reboot halts the machine: its game server stops, and starts again when the server is ACTIVE once more.
            Directory.Delete(disk, recursive: true);
            DemoLog.Disk(logger, change.Name, change.NewStatus, "removed");
        }
    }
}
