namespace Autoscaler.Agent;

/// <summary>Facts about the agent library itself.</summary>
public static class AgentInfo
{
    /// <summary>The version the agent reports in its hello.</summary>
    public static string Version { get; } = typeof(AgentInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
