namespace Autoscaler.Controller.Agents;

/// <summary>Configurable limits and cadences of the agent protocol (configuration section <c>AgentProtocol</c>).</summary>
internal sealed class AgentProtocolOptions
{
    public const string SectionName = "AgentProtocol";

    /// <summary>How often agents send a heartbeat when idle. Default 5 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The smallest interval between two load reports of one agent. Default 1 s.</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a new stream may take to send its Hello. Default 10 s.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sustained messages per second one stream may send. Default 20.</summary>
    public int MessagesPerSecond { get; set; } = 20;

    /// <summary>The burst of messages one stream may send above the sustained rate. Default 100.</summary>
    /// <remarks>At least <see cref="MaxKeysPerServer"/> + 2: a reconnecting agent re-posts every row, then its load.</remarks>
    public int MessageBurst { get; set; } = 100;

    /// <summary>The largest value of one posted row, in bytes. Default 4096.</summary>
    public int MaxValueBytes { get; set; } = 4096;

    /// <summary>The most rows one server may hold (the load row not counted). Default 64.</summary>
    public int MaxKeysPerServer { get; set; } = 64;

    /// <summary>The most bytes of keys and values one server may hold (the seed's per-client upload limit). Default 65536.</summary>
    public int MaxUploadBytesPerServer { get; set; } = 64 * 1024;

    /// <summary>The most rows one Get answers. Default 1000.</summary>
    public int MaxRowsPerGet { get; set; } = 1000;

    /// <summary>The most Subscribe calls open at once on this controller. Default 1000.</summary>
    public int MaxSubscriptions { get; set; } = 1000;

    /// <summary>How many events a subscriber may fall behind before it is ended. Default 1024.</summary>
    public int SubscriberBuffer { get; set; } = 1024;
}
