package org.warmline.feedback;

/** How a request, reminder or relay was made; labels are {@code feedback.channel.<NAME>}. */
public enum Channel {
    EMAIL, PHONE, LETTER, IN_PERSON;

    public String labelKey() {
        return "feedback.channel." + name();
    }
}
