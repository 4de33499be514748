/**  */
package dev.mailroom.sample;
