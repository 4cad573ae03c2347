using System.Text;
using Autoscaler.Agent;
using Autoscaler.Controller.Registry;
using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Project;

/// <summary>What the real Agent does on one simulated game server: says hello with the token from its bootstrap
/// document, reports its players when they change, heartbeats, and obeys drain and undrain.</summary>
internal sealed class SimulatedAgent(SimServer server, AgentBootstrapFile bootstrap)
{
    private static readonly IReadOnlyDictionary<string, double> NoMetrics = new Dictionary<string, double>();

    private ulong _sequence;
    private int _reportedPlayers = -1;
    private AgentReportedState _reportedState;
    private double _lastSent = double.NegativeInfinity;

    public SimServer Server { get; } = server;

    public AgentBootstrapFile Bootstrap { get; } = bootstrap;

    /// <summary>When the game will be up and the agent says hello (virtual seconds), or null while the machine is not ACTIVE.</summary>
    public double? HelloAt { get; set; }

    public AgentSession? Session { get; private set; }

    /// <summary>Reads the bootstrap file the controller put in the server's user_data (base64) or, failing that, in the
    /// personality file at <paramref name="path"/>, with the Agent library's own parser.</summary>
    public static AgentBootstrapFile? ReadBootstrap(string? userDataBase64, IEnumerable<Autoscaler.RackspaceEmulator.PersonalityFile> files, string path)
    {
        var json = userDataBase64 is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(userDataBase64));
        json ??= files.Where(f => f.Path == path).Select(f => Encoding.UTF8.GetString(f.DecodeContents())).FirstOrDefault();
        return json is null ? null : AgentBootstrapFile.Parse(json);
    }

    /// <summary>One step of the agent: hello when due, commands, then a report or a heartbeat.</summary>
    public void Step(IAgentGateway gateway, SimulatedFleet fleet, double now, DateTimeOffset clock, TimeSpan heartbeatInterval)
    {
        if (Session is null)
        {
            if (HelloAt is not { } due || now < due)
            {
                return;
            }

            var admission = gateway.Admit(new AgentIdentity(Bootstrap.ServerId, Bootstrap.Fleet, Server.Capacity, Bootstrap.Token, "simulator"));
            if (admission.Session is null)
            {
                throw new InvalidOperationException($"The controller refused the agent of {Server.Name}: {admission.Failure} ({admission.Message}).");
            }

            Session = admission.Session;
            HelloAt = null;
            _reportedPlayers = -1;
            fleet.MarkReady(Server);
            if (Session.DrainingAtAdmission)
            {
                fleet.Drain(Server, null);
            }
        }

        while (Session.Commands.TryRead(out var command))
        {
            switch (command)
            {
                case AgentCommand.Drain:
                    fleet.Drain(Server, null);
                    break;
                case AgentCommand.Undrain:
                    fleet.Undrain(Server, null);
                    break;
                default:
                    break;
            }
        }

        var state = Server.Phase == ServerPhase.Draining ? AgentReportedState.Draining : AgentReportedState.Ready;
        if (Server.Players != _reportedPlayers || state != _reportedState)
        {
            gateway.ApplyLoad(Session, new AgentLoad(Server.Players, Server.Capacity, state, ++_sequence, clock, NoMetrics));
            _reportedPlayers = Server.Players;
            _reportedState = state;
            _lastSent = now;
        }
        else if (now - _lastSent >= heartbeatInterval.TotalSeconds)
        {
            gateway.Heartbeat(Session);
            _lastSent = now;
        }
    }

    /// <summary>The machine went away or is rebooting: the stream ends.</summary>
    public void Disconnect(IAgentGateway gateway)
    {
        if (Session is not null)
        {
            gateway.Disconnected(Session);
            Session = null;
        }

        HelloAt = null;
    }
}
