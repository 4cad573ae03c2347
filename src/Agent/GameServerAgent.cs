using Autoscaler.Protocol.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Autoscaler.Agent;

/// <summary>Reports this game server's load to the autoscaler controller and delivers the controller's commands to the game.</summary>
/// <remarks>
/// <para>Every load method (<see cref="PlayerJoined"/>, <see cref="PlayerLeft"/>, <see cref="SetPlayerCount"/>,
/// <see cref="SetCapacity"/>, <see cref="MarkReady"/>, <see cref="SetMetric"/>) is thread-safe and never blocks: it
/// records the latest state in memory and wakes a background task, which sends it at most once per report interval
/// (default 1 s). Calls between two reports coalesce: the latest state wins.</para>
/// <para>The background task reconnects with jittered exponential backoff for as long as the agent runs, and resends
/// the state and every posted row on reconnect. Memory stays bounded while the controller is down.</para>
/// <para>The server reports <see cref="AgentServerState.Starting"/> until the game calls <see cref="MarkReady"/>.
/// Events are raised on the agent's background task; keep handlers short.</para>
/// </remarks>
public sealed class GameServerAgent : IAsyncDisposable, ICommandSink
{
    private readonly AgentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly AsyncSignal _signal = new();
    private readonly LoadState _state;
    private readonly OwnedRows _rows;
    private readonly ControllerLink _link;
    private readonly Lock _lifecycle = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;
    private long _shutdownDeadlineTicks = -1;
    private int _disposed;

    /// <summary>Creates an agent; call <see cref="Start"/> to connect.</summary>
    /// <param name="options">Where the controller is and who this server is; copied, validated.</param>
    /// <param name="timeProvider">The clock for intervals and backoff. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where the agent logs. Default: nowhere.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; the message lists every problem.</exception>
    public GameServerAgent(AgentOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        var validation = new AgentOptionsValidator().Validate(null, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(AgentOptions), typeof(AgentOptions), validation.Failures);
        }

        _time = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<GameServerAgent>();
        _state = new LoadState(_options.Capacity, _signal);
        _rows = new OwnedRows(_signal);
        _link = new ControllerLink(_options, _state, _rows, _signal, this, _time, _logger);
    }

    /// <summary>Raised when the controller asks the server to take no new players (also after a reconnect during a drain).</summary>
    public event EventHandler<DrainEventArgs>? DrainRequested;

    /// <summary>Raised when the controller asks a draining server to take players again.</summary>
    public event EventHandler<DrainEventArgs>? Undrained;

    /// <summary>Raised when the controller is about to delete the server.</summary>
    public event EventHandler<ShutdownEventArgs>? ShutdownRequested;

    /// <summary>The server id this agent speaks for.</summary>
    public string ServerId => _options.ServerId!;

    /// <summary>The fleet this agent's server belongs to.</summary>
    public string Fleet => _options.Fleet!;

    /// <summary>Players connected, as last set by the game.</summary>
    public int Players => _state.Players;

    /// <summary>Player slots, as last set by the game.</summary>
    public int Capacity => _state.Capacity;

    /// <summary>The state reported to the controller.</summary>
    public AgentServerState State => _state.IsDraining ? AgentServerState.Draining : _state.IsReady ? AgentServerState.Ready : AgentServerState.Starting;

    /// <summary>Whether the controller wants the server to take no new players. Poll it before accepting a player.</summary>
    public bool IsDraining => _state.IsDraining;

    /// <summary>Whether the controller gave notice that it will delete the server.</summary>
    public bool IsShutdownRequested => Interlocked.Read(ref _shutdownDeadlineTicks) >= 0;

    /// <summary>When the server will be deleted, if <see cref="IsShutdownRequested"/>.</summary>
    public DateTimeOffset? ShutdownDeadline => Interlocked.Read(ref _shutdownDeadlineTicks) is >= 0 and var ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Whether the stream to the controller is up (welcomed) right now.</summary>
    public bool IsConnected => _link.IsConnected;

    /// <summary>The smallest interval between two load reports now in force (the controller may change it).</summary>
    public TimeSpan ReportInterval => _link.ReportInterval;

    /// <summary>The heartbeat interval now in force (the controller may change it).</summary>
    public TimeSpan HeartbeatInterval => _link.HeartbeatInterval;

    /// <summary>The number of load reports sent so far (diagnostics).</summary>
    public long ReportsSent => _link.ReportsSent;

    /// <summary>Starts the background connection; returns at once. Calling it again does nothing.</summary>
    public void Start()
    {
        lock (_lifecycle)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _running ??= Task.Run(RunAsync);
        }
    }

    /// <summary>A player connected.</summary>
    public void PlayerJoined() => _state.AddPlayers(1);

    /// <summary>A player left (the count never drops below zero).</summary>
    public void PlayerLeft() => _state.AddPlayers(-1);

    /// <summary>Sets the number of connected players (0 or more; reported as at most the capacity).</summary>
    public void SetPlayerCount(int players)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(players);
        _state.SetPlayers(players);
    }

    /// <summary>Sets the number of player slots (1-100000).</summary>
    public void SetCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, AgentLimits.MaxCapacity);
        _state.SetCapacity(capacity);
    }

    /// <summary>The game has started and accepts players: the reported state becomes Ready (unless draining).</summary>
    public void MarkReady() => _state.SetReady();

    /// <summary>Sets a custom metric reported with the load (at most 16; names 1-64 chars of [A-Za-z0-9._-]; finite values).</summary>
    public void SetMetric(string name, double value)
    {
        if (!AgentLimits.IsMetricName(name))
        {
            throw new ArgumentException($"Metric names are 1-{AgentLimits.MaxMetricNameLength} chars of [A-Za-z0-9._-].", nameof(name));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Metric values must be finite.");
        }

        _state.SetMetric(name, value);
    }

    /// <summary>Stops reporting a custom metric.</summary>
    public void RemoveMetric(string name) => _state.RemoveMetric(name);

    /// <summary>Posts (or overwrites) this server's row under (primary, secondary), as CloudClient.Post; it lives while the agent is connected and is posted again after a reconnect.</summary>
    /// <remarks>Limits: primary 1-128 chars of [A-Za-z0-9._:/-] not starting with "autoscaler.", value at most 4096 bytes, at most 64 rows and 64 KiB per server.</remarks>
    public void Post(string primaryKey, uint secondaryKey, ReadOnlySpan<byte> value) => _rows.Post(primaryKey, secondaryKey, value);

    /// <summary>Removes this server's row under (primary, secondary), as CloudClient.Release.</summary>
    public void Release(string primaryKey, uint secondaryKey) => _rows.Release(primaryKey, secondaryKey);

    /// <summary>Stops the background connection (the controller sees the stream end).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        Task? running;
        lock (_lifecycle)
        {
            running = _running;
        }

        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        if (running is not null)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    void ICommandSink.Drain(string reason)
    {
        AgentLog.Drain(_logger, reason);
        if (_state.SetDraining(true))
        {
            Raise(DrainRequested, new DrainEventArgs(reason), nameof(DrainRequested));
        }
    }

    void ICommandSink.Undrain(string reason)
    {
        AgentLog.Undrain(_logger, reason);
        if (_state.SetDraining(false))
        {
            Raise(Undrained, new DrainEventArgs(reason), nameof(Undrained));
        }
    }

    void ICommandSink.Shutdown(string reason, TimeSpan grace)
    {
        AgentLog.Shutdown(_logger, grace, reason);
        var deadline = _time.GetUtcNow() + grace;
        Interlocked.Exchange(ref _shutdownDeadlineTicks, deadline.UtcTicks);
        Raise(ShutdownRequested, new ShutdownEventArgs(reason, grace, deadline), nameof(ShutdownRequested));
    }

    void ICommandSink.ApplyWelcomeDrain(bool draining)
    {
        if (draining)
        {
            ((ICommandSink)this).Drain("the controller is draining this server");
        }
        else if (_state.IsDraining)
        {
            ((ICommandSink)this).Undrain("the controller no longer drains this server");
        }
    }

    private async Task RunAsync()
    {
        using var channel = AgentChannelFactory.Create(_options, _loggerFactory);
        await _link.RunAsync(new Cloud.CloudClient(channel), _stop.Token).ConfigureAwait(false);
    }

    private void Raise<T>(EventHandler<T>? handler, T args, string eventName)
    {
        if (handler is null)
        {
            return;
        }

        // One failing handler must not stop the others, nor the link.
        foreach (var single in handler.GetInvocationList().Cast<EventHandler<T>>())
        {
            try
            {
                single(this, args);
            }
            catch (Exception ex)
            {
                AgentLog.HandlerFailed(_logger, eventName, ex);
            }
        }
    }
}
