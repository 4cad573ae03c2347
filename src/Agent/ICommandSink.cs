namespace Autoscaler.Agent;

/// <summary>Where the link delivers the controller's commands (the agent, which tells the game).</summary>
internal interface ICommandSink
{
    void Drain(string reason);

    void Undrain(string reason);

    void Shutdown(string reason, TimeSpan grace);

    /// <summary>The Welcome says whether the controller wants the server drained; it is the authority after a reconnect.</summary>
    void ApplyWelcomeDrain(bool draining);
}
