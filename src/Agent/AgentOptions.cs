namespace Autoscaler.Agent;

/// <summary>How a <see cref="GameServerAgent"/> reaches its controller and speaks for its server.</summary>
/// <remarks>
/// Bind from configuration (section of your choice, e.g. <c>Autoscaler:Agent</c>), set from code, or fill from the
/// bootstrap file the controller gives the server at creation (<see cref="AgentBootstrapFile"/>): values already set
/// win over the file's.
/// </remarks>
public sealed class AgentOptions
{
    /// <summary>The controller's gRPC address, e.g. <c>https://controller.internal:7443</c> (http:// for plain HTTP/2).</summary>
    public Uri? ControllerAddress { get; set; }

    /// <summary>The server id the controller gave this server (1-128 chars of [A-Za-z0-9._:-]).</summary>
    public string? ServerId { get; set; }

    /// <summary>The fleet this server belongs to (1-64 chars of [a-z0-9-]).</summary>
    public string? Fleet { get; set; }

    /// <summary>The per-server token minted by the controller (1-256 chars). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Player slots at start (1-100000); <see cref="GameServerAgent.SetCapacity"/> changes it at run time.</summary>
    public int Capacity { get; set; }

    /// <summary>A PEM file holding the CA certificate that signed the controller's TLS certificate (optional).</summary>
    /// <remarks>When a CA is given (here or in <see cref="CaCertificatePem"/>), only that CA is trusted for the controller.</remarks>
    public string? CaCertificatePath { get; set; }

    /// <summary>The CA certificate as PEM text (optional; see <see cref="CaCertificatePath"/>).</summary>
    public string? CaCertificatePem { get; set; }

    /// <summary>The bootstrap file to read missing values from (optional). Default: none, unless the
    /// <c>AUTOSCALER_AGENT_BOOTSTRAP</c> environment variable names one when configured through dependency injection.</summary>
    public string? BootstrapFilePath { get; set; }

    /// <summary>The heartbeat interval until the controller's Welcome says otherwise. Default 5 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The smallest interval between two load reports until the controller's Welcome says otherwise. Default 1 s.</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first reconnect delay (before jitter); it doubles per failed attempt. Default 1 s.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest reconnect delay. Default 30 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the controller's Welcome after connecting. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fills every unset value from a bootstrap file.</summary>
    public void Apply(AgentBootstrapFile bootstrap)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        ControllerAddress ??= bootstrap.ControllerAddress;
        ServerId ??= bootstrap.ServerId;
        Fleet ??= bootstrap.Fleet;
        Token ??= bootstrap.Token;
        CaCertificatePem ??= bootstrap.CaCertificatePem;
        if (Capacity == 0 && bootstrap.Capacity is { } capacity)
        {
            Capacity = capacity;
        }
    }

    /// <summary>A copy, so a running agent never sees later edits.</summary>
    internal AgentOptions Clone() => (AgentOptions)MemberwiseClone();

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"AgentOptions {{ ControllerAddress = {ControllerAddress}, ServerId = {ServerId}, Fleet = {Fleet}, Capacity = {Capacity} }}";
}
