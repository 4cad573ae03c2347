using Autoscaler.Controller.Registry;
using Autoscaler.Protocol.V1;
using WireState = Autoscaler.Protocol.V1.ServerState;

namespace Autoscaler.Controller.Agents;

/// <summary>Turns the registry's commands into cloud.proto messages.</summary>
internal static class CommandMapping
{
    public static ControllerMessage ToMessage(AgentCommand command) => new()
    {
        Command = command switch
        {
            AgentCommand.Drain drain => new Command { Drain = new Drain { Reason = drain.Reason } },
            AgentCommand.Undrain undrain => new Command { Undrain = new Undrain { Reason = undrain.Reason } },
            AgentCommand.Shutdown shutdown => new Command
            {
                Shutdown = new ShutdownNotice { GraceMs = Milliseconds(shutdown.Grace), Reason = shutdown.Reason },
            },
            AgentCommand.ChangeIntervals change => new Command
            {
                ReportInterval = new ReportInterval
                {
                    ReportIntervalMs = Math.Max(1, Milliseconds(change.ReportInterval)),
                    HeartbeatIntervalMs = Math.Max(1, Milliseconds(change.HeartbeatInterval)),
                },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown agent command."),
        },
    };

    public static int Milliseconds(TimeSpan span) => (int)Math.Clamp(span.TotalMilliseconds, 0, int.MaxValue);

    public static AgentReportedState ToReported(WireState state) => state switch
    {
        WireState.Starting => AgentReportedState.Starting,
        WireState.Ready => AgentReportedState.Ready,
        WireState.Draining => AgentReportedState.Draining,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Validated before mapping."),
    };
}
