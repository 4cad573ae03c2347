namespace Autoscaler.Simulator.Live;

/// <summary>One server of a live run as observed at one moment: the cloud's record of it and its game server's state.</summary>
/// <param name="Id">The cloud's server id.</param>
/// <param name="Name">The cloud's server name (the controller's deterministic name).</param>
/// <param name="Status">The cloud's status: BUILD, ACTIVE, HARD_REBOOT, ERROR, ...</param>
/// <param name="GameUp">A game server runs on it and its agent is connected to the controller.</param>
/// <param name="Draining">Its agent was told to drain (accept no new players).</param>
internal sealed record LiveServerView(string Id, string Name, string Status, bool GameUp, bool Draining)
{
    /// <summary>The cloud is rebooting the machine: its game server is gone until it is back.</summary>
    public bool Rebooting => Status is "REBOOT" or "HARD_REBOOT";
}
