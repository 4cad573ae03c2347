using System.Globalization;
using Autoscaler.Agent;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Harness;

/// <summary>Measures the controller's reaction time on real processes: from the agent report that breaks a fleet's
/// buffer to the CreateServer request it causes arriving at the emulator (issue 7).</summary>
/// <remarks>
/// <para>The fleet makes every sample independent and leaves the early trigger as the only path to a create: servers of
/// <see cref="ReactionSettings.SlotsPerServer"/> slots, a buffer of exactly one server's slots, no lead-time rule, no
/// scale-up cooldown, a policy timer of one hour, no rate limits or quotas in the way. Each sample starts from a settled
/// fleet (every server Ready in the controller, all full but the newest, which is empty, so free slots equal the
/// buffer) and fills the newest server in one report: that report breaks the buffer, the registry fires the policy
/// job at once (Quartz), the tick decides one create and the executor sends it.</para>
/// <para>The report's time is the system clock just before the agent is told the new count, after the agent's report
/// interval has passed since its previous report, so the agent sends at once. The create's time is the emulator's audit
/// time (its system clock when the request entered its pipeline). Same machine, same clock.</para>
/// <para>The controller logs with UTC timestamps; when it logs the early fire and the decision, each sample also carries
/// those times, which split the reaction into the trigger, the tick's decision and the create call.</para>
/// </remarks>
public sealed class ReactionBenchmark : IAsyncDisposable
{
    /// <summary>The fleet the benchmark's controller runs.</summary>
    public const string Fleet = "reaction";

    private readonly ReactionSettings _settings;
    private readonly TempFolder _folder;
    private readonly EmulatorProcess _cloud;
    private readonly ControllerProcess _controller;
    private readonly CapturedLog _agentLog = new();
    private readonly ILoggerFactory _agentLoggers;
    private readonly List<GameServerAgent> _agents = [];

    private ReactionBenchmark(ReactionSettings settings, TempFolder folder, EmulatorProcess cloud, ControllerProcess controller)
    {
        _settings = settings;
        _folder = folder;
        _cloud = cloud;
        _controller = controller;
        _agentLoggers = _agentLog.CreateFactory();
    }

    /// <summary>The emulator process.</summary>
    public EmulatorProcess Cloud => _cloud;

    /// <summary>The controller process.</summary>
    public ControllerProcess Controller => _controller;

    /// <summary>What the agents logged.</summary>
    public string AgentLog => _agentLog.Text;

    /// <summary>Starts the emulator and the controller for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static async Task<ReactionBenchmark> StartAsync(ReactionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(settings));
        }

        var folder = new TempFolder("autoscaler-reaction-");
        EmulatorProcess? cloud = null;
        try
        {
            cloud = await EmulatorProcess.StartAsync(settings.BuildTime, EmulatorSettings(settings), cancellationToken).ConfigureAwait(false);
            var controller = await ControllerProcess.StartAsync(folder.Path, cloud, ControllerSettings(settings), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new ReactionBenchmark(settings, folder, cloud, controller);
        }
        catch
        {
            if (cloud is not null)
            {
                await cloud.DisposeAsync().ConfigureAwait(false);
            }

            folder.Dispose();
            throw;
        }
    }

    /// <summary>Takes the samples, one after another, reporting each as it is taken.</summary>
    /// <exception cref="TimeoutException">A create or a server did not come within the step timeout.</exception>
    /// <exception cref="InvalidOperationException">A sample caused no create, or more than one.</exception>
    public async Task<ReactionResult> MeasureAsync(IProgress<ReactionSample>? progress = null, CancellationToken cancellationToken = default)
    {
        // The fleet's minimum brings up the first server.
        var first = await _cloud.WaitForServersAsync(s => s.Count == 1, _settings.StepTimeout, "the fleet's first server", cancellationToken)
            .ConfigureAwait(false);
        var newest = await SettleAsync(first.Single(), cancellationToken).ConfigureAwait(false);
        var samples = new List<ReactionSample>(_settings.Samples);
        for (var index = 0; index < _settings.Samples; index++)
        {
            var (sample, created) = await SampleAsync(index, newest, cancellationToken).ConfigureAwait(false);
            samples.Add(sample);
            progress?.Report(sample);
            newest = await SettleAsync(created, cancellationToken).ConfigureAwait(false);
        }

        return new ReactionResult(WithControllerTimes(samples));
    }

    /// <summary>Stops the agents and both processes and removes the controller's data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            await agent.DisposeAsync().ConfigureAwait(false);
        }

        await _controller.DisposeAsync().ConfigureAwait(false);
        await _cloud.DisposeAsync().ConfigureAwait(false);
        _agentLoggers.Dispose();
        _folder.Dispose();
    }

    private static Dictionary<string, string> EmulatorSettings(ReactionSettings settings) => new()
    {
        ["Emulator__RateLimits__Enabled"] = "false",
        ["Emulator__AbsoluteLimits__MaxTotalInstances"] = (settings.Samples + 10).ToString(CultureInfo.InvariantCulture),
        ["Emulator__AbsoluteLimits__MaxTotalRamSize"] = "1000000000",
        ["Emulator__AuditCapacity"] = "1000000",
    };

    private static Dictionary<string, string> ControllerSettings(ReactionSettings settings) => new()
    {
        [$"Fleets__{Fleet}__ImageId"] = EmulatorProcess.ImageUuid,
        [$"Fleets__{Fleet}__FlavorId"] = "2",
        [$"Fleets__{Fleet}__SlotsPerServer"] = settings.SlotsPerServer.ToString(CultureInfo.InvariantCulture),
        [$"Fleets__{Fleet}__MinServers"] = "1",
        [$"Fleets__{Fleet}__MaxServers"] = (settings.Samples + 5).ToString(CultureInfo.InvariantCulture),
        [$"Fleets__{Fleet}__MinFreeSlots"] = settings.SlotsPerServer.ToString(CultureInfo.InvariantCulture),
        [$"Fleets__{Fleet}__LeadTimeProvisioning"] = "false",

        // The buffer is exactly MinFreeSlots in every sample: nothing learnt from the samples' own jumps.
        [$"Fleets__{Fleet}__AdaptiveBuffer"] = "false",
        [$"Fleets__{Fleet}__ScaleUpCooldown"] = "00:00:00",
        [$"Fleets__{Fleet}__PolicyInterval"] = "01:00:00",
        [$"Fleets__{Fleet}__EmptyGracePeriod"] = "01:00:00",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = ControllerLogTimes.TimestampFormat,
        ["Logging__LogLevel__Autoscaler.Controller.Scheduling"] = "Debug",
    };

    private async Task<(ReactionSample Sample, EmulatedServer Created)> SampleAsync(int index, GameServerAgent newest, CancellationToken cancellationToken)
    {
        var known = (await _cloud.ServersAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var createsBefore = (await _cloud.AuditAsync(cancellationToken).ConfigureAwait(false)).Count(IsCreate);

        var sentAt = TimeProvider.System.GetUtcNow();
        newest.SetPlayerCount(_settings.SlotsPerServer);

        var servers = await _cloud.WaitForServersAsync(
            s => s.Any(x => !known.Contains(x.Id)), _settings.StepTimeout, $"the create of sample {index}", cancellationToken).ConfigureAwait(false);
        var created = servers.Where(s => !known.Contains(s.Id)).ToList();
        if (created.Count != 1)
        {
            throw new InvalidOperationException($"sample {index}: expected one new server, the cloud has {created.Count}: {string.Join(", ", created)}");
        }

        // The audit entry is written as the create's response starts, a moment after the server appears in the listing.
        var creates = await WaitForAuditAsync(a => a.Count(IsCreate) > createsBefore, $"the audit of sample {index}'s create", cancellationToken)
            .ConfigureAwait(false);
        var newCreates = creates.Where(IsCreate).Skip(createsBefore).ToList();
        if (newCreates.Count != 1)
        {
            throw new InvalidOperationException($"sample {index}: expected one CreateServer, the emulator received {newCreates.Count}: {string.Join("; ", newCreates)}");
        }

        var create = newCreates[0];
        return (new ReactionSample(index, sentAt, create.Time, create.StatusCode, created[0].Id), created[0]);
    }

    /// <summary>Boots the server's game server from its config drive and waits until the controller lists it Ready and
    /// the agent may report again at once (its report interval has passed since its last report).</summary>
    private async Task<GameServerAgent> SettleAsync(EmulatedServer server, CancellationToken cancellationToken)
    {
        await _cloud.WaitForServersAsync(
            s => s.Any(x => x.Id == server.Id && x.Status == "ACTIVE"), _settings.StepTimeout, $"{server.Name} to be ACTIVE", cancellationToken)
            .ConfigureAwait(false);
        var agent = await ConfigDriveAgent.StartAsync(_cloud, server.Id, _settings.SlotsPerServer, TimeSpan.FromSeconds(5), _agentLoggers, cancellationToken)
            .ConfigureAwait(false);
        _agents.Add(agent);
        var expected = _agents.Count;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.StepTimeout);
        IReadOnlyList<ControllerServer> known = [];
        try
        {
            while (!(agent.ReportsSent > 0
                && known.Count == expected
                && known.All(s => s.State == ControllerServer.Ready)
                && known.Any(s => s.Id == server.Name)))
            {
                await Task.Delay(50, timeout.Token).ConfigureAwait(false);
                known = await _controller.ServersAsync(Fleet, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{server.Name} was not Ready in the controller within {_settings.StepTimeout} (agent reports sent {agent.ReportsSent}); " +
                $"the controller knows: {string.Join(", ", known)}");
        }

        await Task.Delay(agent.ReportInterval + TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        return agent;
    }

    private async Task<IReadOnlyList<AuditedRequest>> WaitForAuditAsync(
        Func<IReadOnlyList<AuditedRequest>, bool> condition, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.StepTimeout);
        while (true)
        {
            var audit = await _cloud.AuditAsync(cancellationToken).ConfigureAwait(false);
            if (condition(audit))
            {
                return audit;
            }

            try
            {
                await Task.Delay(20, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"timed out waiting for {what}; last requests: {string.Join("; ", audit.TakeLast(10))}");
            }
        }
    }

    private static DateTimeOffset? Within(IReadOnlyList<DateTimeOffset> times, ReactionSample sample)
    {
        foreach (var time in times)
        {
            if (time >= sample.ReportSentAt && time <= sample.CreateArrivedAt)
            {
                return time;
            }
        }

        return null;
    }

    private static bool IsCreate(AuditedRequest request) => request.Operation == "CreateServer";

    private List<ReactionSample> WithControllerTimes(List<ReactionSample> samples)
    {
        var log = ControllerLogTimes.Parse(_controller.Output);
        return [.. samples.Select(s => s with
        {
            FiredAt = Within(log.FiredEarly, s),
            DecidedAt = Within(log.DecidedCreate, s),
        })];
    }
}
