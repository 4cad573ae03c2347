using System.Diagnostics;

namespace Autoscaler.LoadGenerator.Load;

/// <summary>Samples a process's CPU time and resident memory (peak of the samples) during a run.</summary>
internal sealed class ProcessSampler(int processId, TimeProvider time) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private TimeSpan _cpuAtStart;
    private long _startedAt;
    private Task? _loop;

    public long PeakRssBytes { get; private set; }

    public void Start()
    {
        using var process = Process.GetProcessById(processId);
        _cpuAtStart = process.TotalProcessorTime;
        _startedAt = time.GetTimestamp();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Sample();
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), time, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    /// <summary>CPU used since Start, in cores (1.0 = one core busy all the time).</summary>
    public double CoresUsed()
    {
        using var process = Process.GetProcessById(processId);
        var cpu = process.TotalProcessorTime - _cpuAtStart;
        return cpu.TotalSeconds / time.GetElapsedTime(_startedAt).TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private void Sample()
    {
        using var process = Process.GetProcessById(processId);
        PeakRssBytes = Math.Max(PeakRssBytes, process.WorkingSet64);
    }
}
