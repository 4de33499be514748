/**  */
package dev.mailroom.model;
