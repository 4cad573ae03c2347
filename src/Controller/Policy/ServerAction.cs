namespace Autoscaler.Controller.Policy;

/// <summary>Something to do to one server, and why.</summary>
internal readonly record struct ServerAction(string ServerId, DecisionReason Reason);
