package io.stepguard.monitor.predict;

/**
 * A change that an earlier step made to the predicted world, kept so that rules can cite the step
 * that set a hazard up ("step 4 put egg1 into microwave1").
 *
 * @param stepIndex the step that made the change
 * @param subject id of the object (or "robot") that changed
 * @param description the change in words
 */
public record StateChange(int stepIndex, String subject, String description) {}
