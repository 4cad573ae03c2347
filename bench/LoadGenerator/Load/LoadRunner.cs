using Autoscaler.LoadGenerator.Sink;

namespace Autoscaler.LoadGenerator.Load;

/// <summary>Measures one target: opens the streams, warms up, then posts for the measured duration while sampling
/// the target process.</summary>
internal sealed class LoadRunner(TimeProvider time, TextWriter log)
{
    public const string SinkDefinition =
        "applied = read off the stream by the no-op sink's handler; lag = sink's clock at that moment minus the report's observed_at, stamped by the generator just before the write (same machine clock)";

    public const string HostDefinition =
        "applied = the controller's FleetRegistry.ApplyLoad returned (host-agents wraps the real registry behind the real Cloud service); lag = host clock at that moment minus the send time the generator encodes in the report's sequence (microseconds since the Unix epoch)";

    public const string TargetDefinition =
        "sent = accepted by the HTTP/2 stream (flow control holds writes back when the target reads slower, so a sustained send rate is a read rate); the target exposes no per-report acknowledgement, so no lag is measured here";

    /// <summary>The ceiling: the no-op sink in a child process.</summary>
    public async Task<LoadRunResult> MeasureSinkAsync(LoadSettings settings, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var sink = await SinkProcess.StartAsync(cancellationToken).ConfigureAwait(false);
        log.WriteLine($"sink: pid {sink.ProcessId} at {sink.Address}");
        return await MeasureAsync(settings with { Target = sink.Address }, "no-op sink", warmUp, duration, sink.ProcessId, sink.Stats, SinkDefinition, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A real target (the controller), optionally sampling its process.</summary>
    public async Task<LoadRunResult> MeasureTargetAsync(LoadSettings settings, TimeSpan warmUp, TimeSpan duration, int? processId, CancellationToken cancellationToken)
    {
        using var stats = new StatsClient(settings.Target);
        var available = await stats.AvailableAsync(cancellationToken).ConfigureAwait(false);
        return await MeasureAsync(settings, "target", warmUp, duration, processId, available ? stats : null,
            available ? HostDefinition : TargetDefinition, cancellationToken).ConfigureAwait(false);
    }

    private async Task<LoadRunResult> MeasureAsync(LoadSettings settings, string mode, TimeSpan warmUp, TimeSpan duration, int? processId, StatsClient? sink, string definition, CancellationToken cancellationToken)
    {
        await using var streams = new AgentStreams(settings, time);
        var opening = time.GetTimestamp();
        await streams.OpenAsync(cancellationToken).ConfigureAwait(false);
        log.WriteLine($"{mode}: {settings.Streams} streams welcomed in {time.GetElapsedTime(opening).TotalSeconds:0.0} s");

        await streams.PostAsync(warmUp, cancellationToken).ConfigureAwait(false);
        SinkSnapshot? before = null;
        if (sink is not null)
        {
            await sink.ResetAsync(cancellationToken).ConfigureAwait(false);
            before = await sink.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        ProcessSampler? sampler = processId is { } pid ? new ProcessSampler(pid, time) : null;
        sampler?.Start();
        await using var self = new ProcessSampler(Environment.ProcessId, time);
        self.Start();
        var started = time.GetTimestamp();
        var sent = await streams.PostAsync(duration, cancellationToken).ConfigureAwait(false);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        var cores = sampler?.CoresUsed();
        var generatorCores = self.CoresUsed();
        if (sampler is not null)
        {
            await sampler.DisposeAsync().ConfigureAwait(false);
        }

        var after = sink is null ? null : await sink.ReadAsync(cancellationToken).ConfigureAwait(false);
        log.WriteLine($"{mode}: {sent / seconds:0} reports/s sent over {seconds:0.0} s");
        return new LoadRunResult
        {
            Mode = mode,
            Target = settings.Target.ToString(),
            Streams = settings.Streams,
            OfferedRate = settings.Rate,
            MeasuredSeconds = seconds,
            SentPerSecond = sent / seconds,
            AppliedPerSecond = after is null || before is null ? null : (after.Reports - before.Reports) / seconds,
            LagP50Milliseconds = after?.LagP50Milliseconds,
            LagP99Milliseconds = after?.LagP99Milliseconds,
            LagMaxMilliseconds = after?.LagMaxMilliseconds,
            TargetCores = cores,
            GeneratorCores = generatorCores,
            TargetPeakRssMegabytes = sampler is null ? null : sampler.PeakRssBytes / 1024.0 / 1024.0,
            Definition = definition,
        };
    }
}
