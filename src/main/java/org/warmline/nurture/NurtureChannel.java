package org.warmline.nurture;

/** How a step reaches the person; stored as {@code nurture_step.channel}. Labels are {@code nurture.channel.<NAME>}. */
public enum NurtureChannel {
    EMAIL, LETTER, PHONE, LINKEDIN, TASK;

    /** The bundle key of this channel's label. */
    public String labelKey() {
        return "nurture.channel." + name();
    }
}
