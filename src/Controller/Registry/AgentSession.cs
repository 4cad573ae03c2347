using System.Threading.Channels;

namespace Autoscaler.Controller.Registry;

/// <summary>One admitted agent stream: the server it speaks for and the commands waiting for it.</summary>
/// <remarks>The registry writes commands; the Cloud service reads <see cref="Commands"/> and sends them down the stream.</remarks>
internal sealed class AgentSession(string serverId, string fleet, long sessionId, bool draining, TimeSpan? heartbeatTimeout = null)
{
    private readonly Channel<AgentCommand> _commands = Channel.CreateBounded<AgentCommand>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public string ServerId { get; } = serverId;

    public string Fleet { get; } = fleet;

    /// <summary>Increases with every admission of the same server, so a stale stream cannot close a newer one.</summary>
    public long SessionId { get; } = sessionId;

    /// <summary>Whether the controller wanted the server drained when the session opened.</summary>
    public bool DrainingAtAdmission { get; } = draining;

    /// <summary>How long the fleet lets the server stay silent before it is lost, if the fleet says.</summary>
    public TimeSpan? HeartbeatTimeout { get; } = heartbeatTimeout;

    public ChannelReader<AgentCommand> Commands => _commands.Reader;

    /// <summary>The slot of the server this session was admitted for, so its reports need no lookup by id (null when
    /// the session was not opened by a <see cref="FleetRegistry"/>).</summary>
    public ServerSlot? Slot { get; init; }

    /// <summary>The live state of the server's fleet (null when the session was not opened by a <see cref="FleetRegistry"/>).</summary>
    public FleetRuntime? FleetState { get; init; }

    /// <summary>The heartbeat interval to give the agent: the configured one, but at least three beats per timeout.</summary>
    public TimeSpan HeartbeatInterval(TimeSpan configured) =>
        HeartbeatTimeout is { } timeout && timeout / 3 < configured ? timeout / 3 : configured;

    /// <summary>Queues a command for the agent; never blocks (the oldest is dropped if the agent stops reading).</summary>
    public void Send(AgentCommand command) => _commands.Writer.TryWrite(command);

    /// <summary>Ends the command stream (the session is over).</summary>
    public void Complete() => _commands.Writer.TryComplete();
}
