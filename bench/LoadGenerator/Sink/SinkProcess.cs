using System.Diagnostics;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>The no-op sink run as a child process of this one (so it competes for the cores exactly as a controller
/// process would), reached on a loopback port it picks and reports on its first output line.</summary>
internal sealed class SinkProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SinkProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Stats = new StatsClient(address);
    }

    public StatsClient Stats { get; }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<SinkProcess> StartAsync(CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this program's path to start the sink.");
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SinkProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "sink", "--port", "0", "--duration-seconds", "600" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The sink process did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(SinkCommand.ListeningPrefix, StringComparison.Ordinal))
            {
                return new SinkProcess(process, new Uri(line[SinkCommand.ListeningPrefix.Length..].Trim()));
            }
        }

        process.Kill();
        throw new InvalidOperationException("The sink process exited before it said where it listens.");
    }

    public async ValueTask DisposeAsync()
    {
        Stats.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }
}
