namespace Autoscaler.Controller.Registry;

/// <summary>Who an agent says it is, from its hello (already validated for shape).</summary>
internal sealed record AgentIdentity(string ServerId, string Fleet, int Capacity, string Token, string AgentVersion)
{
    /// <summary>Never print the token.</summary>
    public override string ToString() => $"AgentIdentity {{ ServerId = {ServerId}, Fleet = {Fleet}, Capacity = {Capacity}, AgentVersion = {AgentVersion} }}";
}
