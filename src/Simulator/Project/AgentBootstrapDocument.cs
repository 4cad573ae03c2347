namespace Autoscaler.Simulator.Project;

/// <summary>The agent bootstrap document the controller writes into a new server (user_data and personality file).</summary>
internal sealed record AgentBootstrapDocument(string ServerId, string Fleet, string ControllerAddress, string Token)
{
    /// <summary>Never print the token.</summary>
    public override string ToString() => $"AgentBootstrapDocument {{ ServerId = {ServerId}, Fleet = {Fleet} }}";
}
